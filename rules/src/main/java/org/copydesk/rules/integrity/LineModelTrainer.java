package org.copydesk.rules.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Block;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;

/**
 * Trains the two {@link LineModel}s at build time (the rules module's {@code process-classes} phase) from labelled
 * sets in {@code fixtures/integrity/}: the residue model from every block the residue rule reads (those the catalogue
 * finds too, so the model learns what furniture looks like, not only what the catalogue misses), positive if one of
 * its lines is labelled residue; the branding model from the short lines it may judge ({@link BrandFeatures}),
 * positive if labelled branding. L2-regularised logistic regression by LIBLINEAR (a build-time dependency only: the
 * rules read the weights, not the library). Writes OUTPUT (residue) and {@code brand-model.bin} beside it. Skips the
 * work when neither the sets, the compiled rules, the parser nor the solver changed (a digest kept in the STAMP
 * file, outside the jar's classes).
 *
 * <p>Usage: {@code LineModelTrainer OUTPUT STAMP FIXTURES_DIR SET.yaml,SET.yaml,…}
 */
public final class LineModelTrainer {
  /** Regularisation: chosen on cross-validation by set (docs/integrity.md). */
  static final double COST = 1;
  private static final double TOLERANCE = 0.01;

  private LineModelTrainer() {}

  /**
   * One block of a labelled article that a model may learn from.
   *
   * @param found the hand-written part already flags it: the catalogue (residue) or the grammar (branding)
   * @param eligible the model may judge it at audit time
   * @param positive it is labelled with the model's kind
   */
  record Example(String set, String id, List<String> lines, int[] features, boolean found, boolean eligible,
      boolean positive) {}

  /** Each model's examples from one labelled set. */
  record Examples(List<Example> residue, List<Example> branding) {
    List<Example> of(LineModel.Kind kind) {
      return kind == LineModel.Kind.RESIDUE ? residue : branding;
    }
  }

  public static void main(String[] args) throws IOException {
    // exceptions, not System.exit: the trainer runs inside Maven's JVM (exec:java), which must report the failure
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: LineModelTrainer OUTPUT STAMP FIXTURES_DIR SET.yaml,SET.yaml,...");
    }
    Path output = Path.of(args[0]);
    Path stampFile = Path.of(args[1]);
    Path dir = Path.of(args[2]);
    List<Path> sets = new ArrayList<>();
    for (String name : args[3].split(",")) {
      Path set = dir.resolve(name.strip());
      if (!Files.isRegularFile(set)) {
        throw new IOException("line model: no labelled set " + set);
      }
      sets.add(set);
    }
    String stamp = stamp(sets, output.getParent());
    Path branding = output.resolveSibling(LineModel.Kind.BRANDING.fileName());
    if (Files.isRegularFile(output) && Files.isRegularFile(branding) && Files.isRegularFile(stampFile)
        && Files.readString(stampFile).equals(stamp)) {
      System.out.println("line models: up to date");
      return;
    }
    long start = System.nanoTime();
    List<Example> residue = new ArrayList<>();
    List<Example> brands = new ArrayList<>();
    for (Path set : sets) {
      Examples e = examples(set);
      residue.addAll(e.residue());
      brands.addAll(e.branding());
    }
    write(train(residue), output);
    write(train(trainable(brands)), branding);
    Files.createDirectories(stampFile.toAbsolutePath().getParent());
    Files.writeString(stampFile, stamp);
    System.out.printf("line models: %d residue examples (%d positive), %d branding examples (%d positive) from %d "
        + "sets, trained in %.1f s%n", residue.size(), residue.stream().filter(Example::positive).count(),
        trainable(brands).size(), trainable(brands).stream().filter(Example::positive).count(), sets.size(),
        (System.nanoTime() - start) / 1e9);
  }

  private static void write(LineModel model, Path output) throws IOException {
    Files.createDirectories(output.getParent());
    Path temporary = output.resolveSibling(output.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      model.write(out);
    }
    Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The branding examples the model learns from: only the blocks it may judge (brand lines are few, and the
   * grammar's share of them would teach it the grammar). The residue model learns from every block the rule reads,
   * those the catalogue finds too, so that it learns what furniture looks like, not only what the catalogue misses.
   */
  static List<Example> trainable(List<Example> branding) {
    return branding.stream().filter(Example::eligible).toList();
  }

  /** The examples of one labelled set (the format of {@code fixtures/integrity/README.md}). */
  static Examples examples(Path set) throws IOException {
    JsonNode root = new YAMLMapper().readTree(Files.readString(set));
    String name = set.getFileName().toString();
    List<Example> residue = new ArrayList<>();
    List<Example> branding = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String id = item.path("id").asText();
      Format format = Format.fromId(item.path("format").asText("text"))
          .orElseThrow(() -> new IOException(name + " " + id + ": unknown format"));
      Set<String> residueLabels = labels(item, "residue");
      Set<String> brandingLabels = labels(item, "branding");
      Article article;
      try {
        article = Articles.parse(item.path("text").asText(), format, id);
      } catch (org.copydesk.article.InvalidInputException e) {
        throw new IOException(name + " " + id + ": " + e.getMessage(), e);
      }
      Analysis analysis = new Analysis(article);
      IntegrityLines lines = IntegrityLines.forTraining(analysis);
      double[] grammar = lines.grammar;
      SourceMap map = article.sourceMap();
      for (int i = 0; i < lines.blocks.size(); i++) {
        Block b = lines.blocks.get(i);
        if (!TemplateResidue.readable(b)) {
          continue;
        }
        List<String> source = sourceLines(map, b);
        residue.add(new Example(name, id, source, lines.features[i], lines.found[i], lines.residueEligible[i],
            source.stream().anyMatch(residueLabels::contains)));
        if (lines.brandingEligible[i] || grammar[i] >= 0) {
          branding.add(new Example(name, id, source,
              lines.brandingEligible[i] ? lines.brandingFeatures[i] : new int[0], grammar[i] >= 0,
              lines.brandingEligible[i], source.stream().anyMatch(brandingLabels::contains)));
        }
      }
    }
    return new Examples(residue, branding);
  }

  private static Set<String> labels(JsonNode item, String field) {
    Set<String> labels = new HashSet<>();
    item.path(field).forEach(n -> labels.add(n.asText().strip()));
    return labels;
  }

  /** The non-blank source lines a block covers, stripped: what the labels name. */
  static List<String> sourceLines(SourceMap map, Block b) {
    List<String> lines = new ArrayList<>();
    int last = Math.min(map.lineCount(), map.end(b.span()).line());
    for (int line = map.start(b.span().start()).line(); line <= last; line++) {
      String text = map.line(line).strip();
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
    return List.copyOf(lines);
  }

  /** L2-regularised logistic regression on the examples. */
  static LineModel train(List<Example> examples) {
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = LineFeatures.DIMENSION;
    problem.bias = -1; // the features carry a bias slot of their own
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int k = 0; k < examples.size(); k++) {
      Example e = examples.get(k);
      Feature[] row = new Feature[e.features().length];
      for (int j = 0; j < row.length; j++) {
        row[j] = new FeatureNode(e.features()[j], 1);
      }
      problem.x[k] = row;
      problem.y[k] = e.positive() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Parameter parameter = new Parameter(SolverType.L2R_LR, COST, TOLERANCE);
    parameter.setRandom(new java.util.Random(1)); // deterministic
    de.bwaldvogel.liblinear.Model fitted = Linear.train(problem, parameter);
    double[] w = fitted.getFeatureWeights();
    // the decision value favours the first label; make it favour the positive one
    double sign = fitted.getLabels()[0] == 1 ? 1 : -1;
    float[] weights = new float[LineFeatures.DIMENSION + 1];
    for (int i = 0; i < Math.min(w.length, LineFeatures.DIMENSION); i++) {
      weights[i + 1] = (float) (sign * w[i]);
    }
    return new LineModel(weights);
  }

  private static void digestCodeSource(MessageDigest digest, Class<?> c) throws IOException {
    java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null) {
      return;
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      digest.update(source.getLocation().toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (Files.isRegularFile(location)) {
      digest.update(Files.readAllBytes(location));
      return;
    }
    try (Stream<Path> files = Files.walk(location)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(f));
      }
    }
  }

  /** The names and bytes of a folder's files that {@code wanted} keeps, in name order; nothing if there is none. */
  private static void digestFolder(MessageDigest digest, Path dir, java.util.function.Predicate<Path> wanted)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(wanted).sorted().toList()) {
        digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(f));
      }
    }
  }

  /**
   * A digest of the labelled sets, the compiled integrity rules with their catalogues, the rules' language package,
   * the parser, the lexicons and the solver.
   */
  private static String stamp(List<Path> sets, Path classes) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path set : sets) {
        digest.update(set.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(set));
      }
      // the compiled integrity rules with their catalogues (not the models this trainer writes beside them)
      digestFolder(digest, classes, f -> !f.getFileName().toString().matches("(?:line|brand)-model.*"));
      // the dictionaries the branding features read (the rules' language package and the lexicons it loads)
      digestFolder(digest, classes.resolveSibling("language"), f -> true);
      // the parser that makes the blocks (core), the lexicons and the solver: a jar, or a reactor's classes folder
      for (Class<?> c : List.of(Articles.class, org.copydesk.lexicons.WordForms.class, Linear.class)) {
        digestCodeSource(digest, c);
      }
      digest.update(Double.toString(COST).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
