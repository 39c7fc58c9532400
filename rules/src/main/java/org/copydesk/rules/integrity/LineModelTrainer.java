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
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Block;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;

/**
 * Trains the {@link LineModel} at build time (the rules module's {@code process-classes} phase) from labelled sets in
 * {@code fixtures/integrity/}: every block the rule reads is an example (those the catalogue finds too, so the model
 * learns what furniture looks like, not only what the catalogue misses), residue if one of its lines is labelled
 * residue. L2-regularised logistic regression by LIBLINEAR (a build-time dependency only: the rules read
 * the weights, not the library). Skips the work when neither the sets, the compiled rules, the parser nor the solver
 * changed (a digest kept in the STAMP file, outside the jar's classes).
 *
 * <p>Usage: {@code LineModelTrainer OUTPUT STAMP FIXTURES_DIR SET.yaml,SET.yaml,…}
 */
public final class LineModelTrainer {
  /** Regularisation: chosen on cross-validation by set (docs/integrity.md). */
  static final double COST = 1;
  private static final double TOLERANCE = 0.01;

  private LineModelTrainer() {}

  /** One block of a labelled article that the rule reads; {@code found}: the catalogue already calls it residue. */
  record Example(String set, String id, List<String> lines, int[] features, boolean found, boolean eligible,
      boolean residue) {}

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
    if (Files.isRegularFile(output) && Files.isRegularFile(stampFile)
        && Files.readString(stampFile).equals(stamp)) {
      System.out.println("line model: up to date");
      return;
    }
    long start = System.nanoTime();
    List<Example> examples = new ArrayList<>();
    for (Path set : sets) {
      examples.addAll(examples(set));
    }
    LineModel model = train(examples);
    Files.createDirectories(output.getParent());
    Path temporary = output.resolveSibling(output.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      model.write(out);
    }
    Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.createDirectories(stampFile.toAbsolutePath().getParent());
    Files.writeString(stampFile, stamp);
    long positives = examples.stream().filter(Example::residue).count();
    System.out.printf("line model: %d examples (%d residue) from %d sets, trained in %.1f s%n", examples.size(),
        positives, sets.size(), (System.nanoTime() - start) / 1e9);
  }

  /** The examples of one labelled set (the format of {@code fixtures/integrity/README.md}). */
  static List<Example> examples(Path set) throws IOException {
    JsonNode root = new YAMLMapper().readTree(Files.readString(set));
    String name = set.getFileName().toString();
    List<Example> examples = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String id = item.path("id").asText();
      Format format = Format.fromId(item.path("format").asText("text"))
          .orElseThrow(() -> new IOException(name + " " + id + ": unknown format"));
      Set<String> residue = new HashSet<>();
      item.path("residue").forEach(n -> residue.add(n.asText().strip()));
      Article article;
      try {
        article = Articles.parse(item.path("text").asText(), format, id);
      } catch (org.copydesk.article.InvalidInputException e) {
        throw new IOException(name + " " + id + ": " + e.getMessage(), e);
      }
      List<Block> blocks = article.contentBlocks();
      boolean[] quieted = new boolean[blocks.size()];
      boolean[] found = TemplateResidue.catalogueFound(article, blocks, quieted);
      int[][] features = LineFeatures.of(blocks, found);
      boolean[] eligible = LineModel.eligible(blocks, found, quieted);
      SourceMap map = article.sourceMap();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (!TemplateResidue.readable(b)) {
          continue;
        }
        List<String> lines = new ArrayList<>();
        int last = Math.min(map.lineCount(), map.end(b.span()).line());
        for (int line = map.start(b.span().start()).line(); line <= last; line++) {
          String text = map.line(line).strip();
          if (!text.isEmpty()) {
            lines.add(text);
          }
        }
        boolean label = lines.stream().anyMatch(residue::contains);
        examples.add(new Example(name, id, List.copyOf(lines), features[i], found[i], eligible[i],
            label));
      }
    }
    return examples;
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
      problem.y[k] = e.residue() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Parameter parameter = new Parameter(SolverType.L2R_LR, COST, TOLERANCE);
    parameter.setRandom(new java.util.Random(1)); // deterministic
    de.bwaldvogel.liblinear.Model fitted = Linear.train(problem, parameter);
    double[] w = fitted.getFeatureWeights();
    // the decision value favours the first label; make it favour residue
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

  /** A digest of the labelled sets, the compiled integrity rules with their catalogues, the parser and the solver. */
  private static String stamp(List<Path> sets, Path classes) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path set : sets) {
        digest.update(set.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(set));
      }
      if (Files.isDirectory(classes)) {
        try (Stream<Path> files = Files.list(classes)) {
          for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("line-model")).sorted().toList()) {
            digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
          }
        }
      }
      // the parser that makes the blocks (core) and the solver: a jar, or a reactor's classes folder
      for (Class<?> c : List.of(Articles.class, Linear.class)) {
        digestCodeSource(digest, c);
      }
      digest.update(Double.toString(COST).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
