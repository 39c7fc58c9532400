package org.copydesk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Block;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Texts the soundness tests run patterns on: the blocks and sentences of the labelled sets (a sample) and of the
 * fixture articles, read once per folder and shared by the tests of one run.
 */
public final class SoundnessTexts {
  private static final Path FIXTURES = Path.of("..", "fixtures");

  private SoundnessTexts() {}

  /** Every distinct block and sentence of the claims, provenance and integrity sets and of the fixture articles. */
  public static List<String> all() throws IOException, InvalidInputException {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String sets : List.of("claims", "provenance", "integrity")) {
      out.addAll(of(sets, "both"));
    }
    return List.copyOf(out);
  }

  private static final java.util.Map<String, List<String>> TEXTS = new java.util.HashMap<>();

  /**
   * The distinct blocks ({@code scope} "blocks"), sentences ("sentences") or both ("both") of one folder of labelled
   * sets and of the fixture articles.
   */
  public static List<String> of(String sets, String scope) throws IOException, InvalidInputException {
    List<String> all = texts(sets);
    return switch (scope) {
      case "blocks" -> all.stream().filter(t -> t.startsWith(BLOCK)).map(t -> t.substring(1)).distinct().toList();
      case "sentences" -> all.stream().filter(t -> t.startsWith(SENTENCE)).map(t -> t.substring(1)).distinct()
          .toList();
      default -> all.stream().map(t -> t.substring(1)).distinct().toList();
    };
  }

  /** Every how many labelled items one is read (the fixture articles are all read). */
  private static final int SAMPLE = 3;
  private static final String BLOCK = "b";
  private static final String SENTENCE = "s";

  /**
   * Every distinct block and sentence of one folder of labelled sets ({@code provenance} for the provenance and
   * style catalogues, {@code claims} for the claims ones) and of the fixture articles, each marked with
   * {@link #BLOCK} or {@link #SENTENCE}; read once per folder.
   */
  private static synchronized List<String> texts(String sets) throws IOException, InvalidInputException {
    List<String> cached = TEXTS.get(sets);
    if (cached != null) {
      return cached;
    }
    List<Article> articles = new ArrayList<>();
    YAMLMapper yaml = new YAMLMapper();
    int n = 0;
    try (Stream<Path> files = Files.list(FIXTURES.resolve(sets))) {
      for (Path set : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode item : yaml.readTree(set.toFile()).path("items")) {
          if (n++ % SAMPLE != 0) {
            continue; // every SAMPLE-th item: the sets together are too many to run every pattern on each build
          }
          Format format = "markdown".equals(item.path("format").asText()) ? Format.MARKDOWN
              : "html".equals(item.path("format").asText()) ? Format.HTML : Format.TEXT;
          String context = item.path("context").asText("");
          articles.add(Articles.parse((context.isEmpty() ? "" : context + " ") + item.path("text").asText(), format,
              item.path("id").asText()));
        }
      }
    }
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).sorted().toList()) {
        articles.add(Articles.parse(Files.readString(f), Format.fromFileName(f.toString()).orElseThrow(),
            f.toString()));
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Article a : articles) {
      for (Block b : a.blocks()) {
        out.add(BLOCK + b.text());
      }
      for (Sentence s : new Analysis(a).sentences()) {
        out.add(SENTENCE + s.text());
      }
    }
    List<String> list = List.copyOf(out);
    TEXTS.put(sets, list);
    return list;
  }
}
