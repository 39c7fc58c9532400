package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and policy give byte-identical reports, whatever the number of threads, the run, the JVM, the
 * default locale or the time zone. The corpus is every article under {@code fixtures/}: the fixture files and
 * the items of the labelled sets (fixtures/provenance and fixtures/integrity, about 1,400 short articles in all
 * four formats), written out as files for the command line. To stay fast the tests take every
 * {@value #LIBRARY_SAMPLE}th item through the library and every {@value #CLI_SAMPLE}th through the command line;
 * {@code -Dcopydesk.determinism.all=true} takes them all. Reports carry no time or duration
 * (docs/report-format.md), so nothing is masked.
 */
class DeterminismTest {
  /** One article of the corpus. */
  private record Input(String source, String content, Format format) {}

  private static final int LIBRARY_SAMPLE = 14;
  private static final int CLI_SAMPLE = 12;
  private static final boolean ALL = Boolean.getBoolean("copydesk.determinism.all");

  @TempDir static Path corpusDir;
  /** The fixture files and a sample of the labelled items, for the library. */
  private static List<Input> corpus;
  /** How many articles of the corpus the command line sees: the fixture files and the items written out. */
  private static int cliArticles;

  @BeforeAll
  static void readCorpus() throws IOException {
    List<Input> out = new ArrayList<>();
    int labelled = 0;
    try (Stream<Path> walk = Files.walk(Cli.fixtures())) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        Format format = Format.fromFileName(name).orElse(null);
        if (format != null && !name.contains(".expected.")) {
          out.add(new Input(f.toString(), Files.readString(f), format));
        } else if (name.endsWith(".yaml")) {
          JsonNode items = new YAMLMapper().readTree(f.toFile()).path("items");
          for (JsonNode item : items) {
            labelled++;
            Format itemFormat = Format.fromId(item.path("format").asText()).orElseThrow();
            out.add(new Input(Cli.fixtures().relativize(f) + "#" + item.path("id").asText(),
                item.path("text").asText(), itemFormat));
          }
        }
      }
    }
    // The labelled items as files, for the command line: one folder per set, one file per item.
    int item = 0;
    List<Input> sample = new ArrayList<>();
    for (Input in : out) {
      int hash = in.source().indexOf('#');
      if (hash < 0) {
        sample.add(in);
        cliArticles++;
        continue;
      }
      int k = item++;
      if (ALL || k % LIBRARY_SAMPLE == 0) {
        sample.add(in);
      }
      if (ALL || k % CLI_SAMPLE == 0) {
        cliArticles++;
        Path file = corpusDir.resolve(in.source().substring(0, hash).replace(".yaml", ""))
            .resolve(in.source().substring(hash + 1) + "." + extension(in.format()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, in.content());
      }
    }
    corpus = List.copyOf(sample);
    assertThat(labelled).as("labelled items").isGreaterThan(1000);
  }

  private static String extension(Format f) {
    return switch (f) {
      case TEXT -> "txt";
      case MARKDOWN -> "md";
      case HTML -> "html";
      case JSON -> "json";
    };
  }

  @Test
  void theCorpusIsEveryFixture() {
    assertThat(corpus.stream().filter(i -> !i.source().contains("#"))).hasSizeGreaterThanOrEqualTo(11);
    assertThat(corpus.stream().filter(i -> i.source().contains("#"))).hasSizeGreaterThan(ALL ? 1000 : 90);
    assertThat(corpus.stream().map(Input::format).distinct()).containsExactlyInAnyOrder(Format.values());
  }

  /** {@code copydesk check --format json} over the whole corpus with 1, 4 and 8 jobs, twice each. */
  @Test
  void checkGivesTheSameBytesWithOneJobOrMany() {
    String[] inputs = {Cli.fixtures().toString(), corpusDir.toString()};
    String reference = null;
    for (int round = 0; round < 2; round++) {
      for (String jobs : List.of("1", "4", "8")) {
        Cli.Result r = Cli.run(concat(inputs, "--format", "json", "-j", jobs));
        assertThat(r.code()).as("%s", r.err()).isEqualTo(ExitCode.POLICY_FAILED.code());
        if (reference == null) {
          reference = r.out();
          assertThat(r.json().path("summary").path("articles").asInt()).isEqualTo(cliArticles);
        } else {
          assertSameBytes("check -j " + jobs + ", round " + (round + 1), reference, r.out());
        }
      }
    }
  }

  /** Every report format, written to a file with -o, with one job and with eight (the seed in its four formats). */
  @Test
  void everyFormatGivesTheSameBytesWithOneJobOrEight(@TempDir Path out) throws IOException {
    for (ReportWriter w : ReportWriters.all()) {
      String[] files = new String[2];
      for (int i = 0; i < 2; i++) {
        Path file = out.resolve(w.name() + "-" + i + ".out");
        Cli.Result r = Cli.run("check", Cli.fixtures().resolve("seed").toString(), "--format", w.name(), "-j",
            i == 0 ? "1" : "8",
            "-o", file.toString());
        assertThat(r.code()).as("%s", r).isEqualTo(ExitCode.POLICY_FAILED.code());
        files[i] = Files.readString(file);
      }
      assertThat(files[0]).isNotEmpty();
      assertSameBytes(w.name() + " with -j 1 and -j 8", files[0], files[1]);
    }
  }

  /**
   * The library, one {@link Copydesk} shared by 1, 4 and 8 threads, then a new one the same way, the articles
   * handed out in a different order each time: every report's JSON is the same.
   */
  @Test
  void oneCopydeskAuditingFromManyThreadsGivesTheSameReports() throws Exception {
    List<String> reference = null;
    for (int round = 0; round < 2; round++) {
      Copydesk copydesk = Copydesk.builder().build(); // the second round's is built again, catalogues and all
      for (int threads : List.of(1, 4, 8)) {
        List<String> reports = auditAll(copydesk, threads, new Random(31L * round + threads));
        if (reference == null) {
          reference = reports;
        } else {
          for (int i = 0; i < corpus.size(); i++) {
            assertSameBytes(corpus.get(i).source() + " on " + threads + " threads, round " + (round + 1),
                reference.get(i), reports.get(i));
          }
        }
      }
    }
  }

  /**
   * A page with two containers that score the same as the article's: which one holds the article decides whether
   * "About 40%" is a finding. It was once decided by identity hash codes, so the same page gave a 100/100 PASS or
   * a 93/100 WARN from one audit to the next; now the first container wins every time.
   */
  @Test
  void aPageWithTwoEquallyLikelyArticleContainersGivesOneReport() throws Exception {
    String one = "<p>The council approved the budget on Tuesday, after a debate that ran late into the evening, "
        + "officials said.</p><p>About 40% of the money will go to schools, roads, and the two libraries that were "
        + "closed last winter.</p>";
    String two = "<p>Shop owners protested the new fees on Monday, after a meeting that ran late into the night, "
        + "a guild noted.</p><p>Pools Plus Cyprus sells pumps and covers for garden pools, with free delivery "
        + "across the island, now.</p>";
    String page = "<html><head><title>Budget</title></head><body><div id=one><div><div><div>" + one
        + "</div></div></div></div><div id=two><div><div><div>" + two + "</div></div></div></div></body></html>";
    Copydesk copydesk = Copydesk.builder().build();
    java.util.Set<String> reports = new java.util.TreeSet<>();
    for (int i = 0; i < 40; i++) {
      reports.add(json(copydesk.audit(page, Format.HTML, "page.html")));
    }
    assertThat(reports).hasSize(1);
    assertThat(Cli.json(reports.iterator().next()).at("/reports/0/findings/0/excerpt").asText())
        .isEqualTo("About 40%");
  }

  /** Each article's report as JSON, in corpus order, audited on {@code threads} threads in a shuffled order. */
  private static List<String> auditAll(Copydesk copydesk, int threads, Random order) throws Exception {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, order);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> futures = new ArrayList<>(Collections.nCopies(corpus.size(), null));
      for (int i : indexes) {
        Input in = corpus.get(i);
        futures.set(i, pool.submit(() -> json(copydesk.audit(in.content(), in.format(), in.source()))));
      }
      List<String> out = new ArrayList<>();
      for (Future<String> f : futures) {
        out.add(f.get(5, TimeUnit.MINUTES));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String json(Report r) throws IOException {
    StringBuilder sb = new StringBuilder();
    ReportWriters.byName("json").orElseThrow()
        .write(new ReportBatch("test", "test", List.of(r), List.of(), Map.of()), sb, false);
    return sb.toString();
  }

  /**
   * Turkish and Egyptian Arabic defaults (a dotless i; a decimal comma and Arabic-Indic digits) and a time zone
   * 12:45 ahead of UTC change nothing: in this JVM, after its classes are loaded, in every format...
   */
  @Test
  void theDefaultLocaleAndTimeZoneChangeNothingInThisJvm() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    String seed = Cli.fixtures().resolve("seed").toString();
    for (ReportWriter w : ReportWriters.all()) {
      String reference = Cli.run("check", seed, "--format", w.name()).out();
      try {
        for (String tag : List.of("tr-TR", "ar-EG")) {
          Locale.setDefault(Locale.forLanguageTag(tag));
          TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
          assertSameBytes(w.name() + " in " + tag, reference, Cli.run("check", seed, "--format", w.name()).out());
        }
      } finally {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
      }
    }
  }

  /**
   * ... and in JVMs started with them, whose static state (catalogues, patterns, hash seeds of {@code Set.of})
   * is built under them: {@code copydesk check} on the seed in Turkish and in German gives this JVM's bytes.
   */
  @Test
  void otherJvmsInOtherLocalesAndTimeZonesGiveTheSameBytes() throws Exception {
    String fixtures = Cli.fixtures().resolve("seed").toString();
    Cli.Result json = Cli.run("check", fixtures, "--format", "json", "-j", "3");
    Cli.Result text = Cli.run("check", fixtures, "--format", "text", "--no-color", "-j", "3");
    CompletableFuture<String> tr = child(List.of("-Duser.language=tr", "-Duser.country=TR",
        "-Duser.timezone=Pacific/Chatham"), "check", fixtures, "--format", "json", "-j", "3");
    CompletableFuture<String> de = child(List.of("-Duser.language=de", "-Duser.country=DE",
        "-Duser.timezone=America/St_Johns"), "check", fixtures, "--format", "text", "--no-color", "-j", "3");
    assertSameBytes("json from a Turkish JVM", json.out(), tr.get(60, TimeUnit.SECONDS));
    assertSameBytes("text from a German JVM", text.out(), de.get(60, TimeUnit.SECONDS));
  }

  /** Standard output of {@code copydesk ARGS} in a child JVM with {@code jvmOptions}. */
  private static CompletableFuture<String> child(List<String> jvmOptions, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1"));
    cmd.addAll(jvmOptions);
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = p.getInputStream()) {
        String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        p.destroyForcibly();
      }
    });
  }

  private static String[] concat(String[] inputs, String... options) {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(inputs));
    all.addAll(List.of(options));
    return all.toArray(String[]::new);
  }

  /** Byte-for-byte equality; on a difference, the first differing line rather than two whole reports. */
  private static void assertSameBytes(String what, String expected, String actual) {
    if (java.util.Arrays.equals(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
      return;
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.min(e.length, a.length); i++) {
      if (!e[i].equals(a[i])) {
        fail(what + ": line " + (i + 1) + " differs:\n  expected: " + e[i] + "\n  actual:   " + a[i]);
      }
    }
    fail(what + ": " + e.length + " lines expected, " + a.length + " found");
  }
}
