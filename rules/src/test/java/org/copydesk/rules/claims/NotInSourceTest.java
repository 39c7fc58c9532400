package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Claim;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NotInSourceTest {
  private static final String WIRE = "Trade talks\n\n"
      + "The Shanghai Cooperation Organisation represents more than 40% of the world's population and contributes "
      + "over $23 trillion to the global GDP, according to figures published by the bloc. "
      + "Exports from member states rose 4.2% in March, the statistics office said. "
      + "The fund now manages 1,500,000 accounts. "
      + "\"We will keep the door open to every partner,\" Prime Minister Ana Duarte told reporters in Lisbon. "
      + "The meeting in 2024 drew 120 delegates from 10 countries.";

  @Test
  void aFaithfulParaphraseGetsNothing() {
    RuleTester.of(new NotInSource()).source(WIRE)
        .expectNothing("SCO trade\n\nAccording to the bloc, the SCO accounts for over 40 percent of the global "
            + "population and more than 23 trillion dollars of world GDP. In March, exports from the member "
            + "countries grew by about 4%, according to the statistics office. The fund manages 1.5 million "
            + "accounts. Duarte told reporters: “We will keep the door open to every partner.” "
            + "Some 120 delegates from ten countries attended the 2024 meeting.")
        .source("Jobs\n\nUnemployment fell to 4.1% in June from 4.3% in May, the Office for National Statistics "
            + "said. About 1.2 million people were out of work. Chancellor Rachel Reeves said the figures were "
            + "\"encouraging but not yet enough\".")
        .expectNothing("Jobless rate falls\n\nThe jobless rate dropped from 4.3% in May to 4.1% in June, according "
            + "to the Office for National Statistics, leaving roughly 1.2 million people unemployed. Reeves, the "
            + "chancellor, called the figures ‘encouraging but not yet enough’.")
        .source("Budget\n\nOn 12 March 2024 the board approved a €2.3bn budget, up 8 per cent on last year.")
        .expectNothing("Budget\n\nThe board signed off a budget of 2.3 billion euros on March 12, 2024, 8% more "
            + "than last year.")
        .source("Emploi\n\nLe chômage a reculé à 7,3 % au deuxième trimestre, selon l'Insee, soit 2,2 millions "
            + "de personnes.")
        .expectNothing("Emploi\n\nSelon l'Insee, le taux de chômage est descendu à 7,3 % au deuxième trimestre : "
            + "2,2 millions de personnes sont concernées.")
        .check();
  }

  @Test
  void flagsInventedChangedAndRescaledNumbers() {
    RuleTester.of(new NotInSource()).source(WIRE)
        .expect("SCO trade\n\nExports from member states rose <<6.1%>> in March, the statistics office said.")
        .expect("SCO trade\n\nThe fund now manages <<1.5 billion>> accounts.")
        .expect("SCO trade\n\nThe bloc's members also spend <<$310 billion>> a year on defence.")
        .expect("SCO trade\n\nThe SCO represents <<nearly a third>> of the world's population.")
        .check();
  }

  @Test
  void flagsInventedPeopleAndQuotations() {
    RuleTester.of(new NotInSource()).source(WIRE)
        .expect("SCO trade\n\nExports rose 4.2% in March, said <<Maria Lindqvist>>, an economist at <<Nordbank "
            + "Research>>.")
        .expect("SCO trade\n\nDuarte said: <<“We will never accept these terms.”>>")
        .expect("SCO trade\n\n<<\"We will keep the door open to some partners,\">> Duarte said.")
        .check();
  }

  @Test
  void readsContinentalSeparatorsAndScaleWords() {
    RuleTester.of(new NotInSource())
        .source("Comercio\n\nLas exportaciones crecieron un 40,3 % y alcanzaron 1.500 millones de euros, según "
            + "el instituto de estadística.")
        .expectNothing("Comercio\n\nSegún el instituto de estadística, las exportaciones crecieron casi un 40,3 % "
            + "hasta 1.500 millones de euros.")
        .expect("Comercio\n\nSegún el instituto de estadística, las exportaciones crecieron un <<45 %>> hasta "
            + "1.500 millones de euros.")
        .source("Handel\n\nDie Exporte stiegen um 2,5 Prozent auf 1,2 Milliarden Euro, teilte das Amt mit.")
        .expectNothing("Handel\n\nDas Amt teilte mit, die Exporte seien um 2,5 Prozent auf 1,2 Mrd. Euro "
            + "gestiegen.")
        .check();
  }

  @Test
  void staysQuietWithoutASource() {
    RuleTester.of(new NotInSource())
        .expectNothing("SCO trade\n\nThe bloc's members spend $310 billion a year on defence, said Maria "
            + "Lindqvist.")
        .check();
  }

  @Test
  void smallNumbersAndDatesAreInformationAndChangedFiguresErrors() throws Exception {
    Report r = audit(WIRE, "SCO trade\n\nThe meeting in 2023 drew 120 delegates from 10 countries. "
        + "Exports from member states rose 9% in March, the statistics office said. Three ministers left early.");
    assertThat(r.findings()).extracting(Finding::excerpt, Finding::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2023", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("9%", Severity.ERROR));
    assertThat(r.findings().get(1).message()).isEqualTo("\"9%\" was 4.2% in the source; check the figure against "
        + "the original");
  }

  @Test
  void changedAndInventedFiguresEnterTheClaimsList() throws Exception {
    Report r = audit(WIRE, "SCO trade\n\nExports from member states rose nearly 9% in March, the statistics "
        + "office said. The bloc's members spend $310 billion a year on defence.");
    assertThat(r.claims()).extracting(Claim::text, Claim::status, Claim::kind, Claim::note).containsExactly(
        // the attributed claim of claims.unattributed-figure merges in: its source and how it was found are kept
        org.assertj.core.groups.Tuple.tuple("nearly 9%", Claim.Status.NOT_IN_SOURCE, "percent",
            "was 4.2% in the source; source found: speech"),
        org.assertj.core.groups.Tuple.tuple("$310 billion", Claim.Status.NOT_IN_SOURCE, "money",
            "not in the source"));
    assertThat(r.claims().get(0).hedge()).isEqualTo("nearly");
    assertThat(r.claims().get(0).attribution()).contains("statistics");
  }

  /** Paraphrases written by hand of three fixtures (resources beside this test), against their originals. */
  @Test
  void handWrittenParaphrasesOfFixturesGetNothing() throws Exception {
    Path root = Path.of(System.getProperty("copydesk.fixtures", "../fixtures"));
    Map<String, Path> pairs = Map.of(
        "heatwave-study.paraphrase.md", root.resolve("clean/heatwave-study.md"),
        "central-bank-rates.paraphrase.md", root.resolve("clean/central-bank-rates.md"),
        "sco-chairmanship.paraphrase.txt", root.resolve("seed/sco-chairmanship.txt"));
    Copydesk copydesk = Copydesk.builder().build();
    for (Map.Entry<String, Path> e : pairs.entrySet()) {
      String text;
      try (var in = NotInSourceTest.class.getResourceAsStream(e.getKey())) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      Article rewrite = Articles.parse(text, Format.fromFileName(e.getKey()).orElseThrow(), e.getKey());
      List<String> found = copydesk.audit(rewrite, Articles.read(e.getValue())).findings().stream()
          .filter(f -> f.ruleId().equals(NotInSource.ID)).map(f -> f.location() + " " + f.message()).toList();
      assertThat(found).as(e.getKey()).isEmpty();
    }
  }

  /** Any article checked against itself, in every format, has nothing that is not in its source. */
  @Test
  void everyFixtureCheckedAgainstItselfGetsNothing() throws Exception {
    Path root = Path.of(System.getProperty("copydesk.fixtures", "../fixtures"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|md|html|json)$"))
          .filter(p -> !p.getFileName().toString().contains(".expected.")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    Copydesk copydesk = Copydesk.builder().build();
    List<String> found = new java.util.ArrayList<>();
    for (Path f : files) {
      Article a;
      try {
        a = Articles.read(f);
      } catch (org.copydesk.article.InvalidInputException e) {
        continue; // fixtures of unreadable input
      }
      for (Finding x : copydesk.audit(a, a).findings()) {
        if (x.ruleId().equals(NotInSource.ID)) {
          found.add(f + ":" + x.location() + " " + x.message());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** The examples in rules.yaml are "source: ... | rewrite: ..." pairs; each must do what it says. */
  @Test
  void documentedExamplesHoldAgainstTheirSource() throws Exception {
    List<RuleDescriptor.Example> examples = new NotInSource().descriptor().examples();
    assertThat(examples).isNotEmpty();
    for (RuleDescriptor.Example e : examples) {
      String[] parts = e.text().split("\\s\\|\\s+rewrite:\\s", 2);
      assertThat(parts).as(e.text()).hasSize(2);
      assertThat(parts[0]).as(e.text()).startsWith("source: ");
      Report r = audit(parts[0].substring("source: ".length()), parts[1]);
      assertThat(r.findings()).as(e.text()).hasSize(e.flagged() ? 1 : 0);
    }
  }

  private static Report audit(String source, String rewrite) throws Exception {
    Copydesk copydesk = Copydesk.builder().build();
    Article a = Articles.parse(rewrite, Format.TEXT, "rewrite.txt");
    Article s = Articles.parse(source, Format.TEXT, "source.txt");
    Report r = copydesk.audit(a, s);
    return new Report(r.source(), r.format(), r.title(), r.language(),
        r.findings().stream().filter(f -> f.ruleId().equals(NotInSource.ID)).toList(), r.score(), r.verdict(),
        r.errors(), r.ruleSetVersion(), r.provenance(), r.suppressed(),
        r.claims().stream().filter(c -> c.status() == Claim.Status.NOT_IN_SOURCE).toList());
  }

  @Test
  void flagsFiguresMorePreciseThanTheSourceAndFlippedHedges() {
    RuleTester.of(new NotInSource())
        .source("Rail\n\nThe transport ministry said on Tuesday the new line will cost $2 billion. More than 40% of "
            + "commuters will use it, and unemployment in the region rose 2 percentage points last year.")
        .expect("Rail\n\nThe new line will cost <<$1.6 billion>>, the transport ministry said on Tuesday.")
        .expect("Rail\n\n<<Under 40%>> of commuters will use it, the ministry said.")
        .expect("Rail\n\nUnemployment in the region rose <<2%>> last year.")
        .expectNothing("Rail\n\nThe ministry said on Tuesday the new line will cost $2bn.")
        .source("Rail\n\nThe new line is 42 km long and cost €1.2bn, the operator said.")
        .expectNothing("Rail\n\nThe operator said the 42-kilometre line cost €1.2 billion.")
        .check();
  }

  @Test
  void manyFiguresAgainstALongSourceStayFast() throws Exception {
    StringBuilder source = new StringBuilder("Results\n\n");
    StringBuilder rewrite = new StringBuilder("Results\n\n");
    for (int i = 0; i < 1500; i++) {
      source.append("In district ").append(i).append(" the council counted ").append(1000 + 37 * i)
          .append(" voters and spent $").append(5 + i % 90).append(" million on schools. ");
      if (i % 3 == 0) {
        rewrite.append("The council spent $").append(6 + i % 90).append(" million on schools in district ")
            .append(i).append(" and counted ").append(1001 + 37 * i).append(" voters. ");
      }
      if (i % 10 == 9) {
        source.append("\n\n");
        rewrite.append("\n\n");
      }
    }
    Article s = Articles.parse(source.toString(), Format.TEXT, "source.txt");
    Article a = Articles.parse(rewrite.toString(), Format.TEXT, "rewrite.txt");
    Copydesk copydesk = Copydesk.builder().build();
    copydesk.audit(a, s); // warm up
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    Report r = copydesk.audit(a, s);
    long ms = (bean.getCurrentThreadCpuTime() - t0) / 1_000_000;
    System.out.println("not-in-source scaling: " + ms + " ms CPU");
    assertThat(r.findings().stream().filter(f -> f.ruleId().equals(NotInSource.ID)).count()).isGreaterThan(100);
    assertThat(ms).as("CPU ms for 500 sentences against 1,500 with similar words").isLessThan(4000);
  }
}
