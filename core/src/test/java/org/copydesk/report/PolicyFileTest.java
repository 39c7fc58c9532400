package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.internal.policy.PolicyDocument;
import org.copydesk.rule.Category;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copydesk.yaml: the newer keys, errors with line and column, overrides and ignore. */
class PolicyFileTest {
  @TempDir Path dir;

  private static String error(String yaml) {
    try {
      Policy.parse(yaml, "copydesk.yaml");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void aVeryLongValueIsCutInTheMessage() {
    assertThatThrownBy(() -> Policy.parse("failOn: " + "k".repeat(200_000) + "\n", "copydesk.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("copydesk.yaml:1:9: ")
        .hasMessageContaining(" … ")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(700));
  }

  @Test
  void theInitTemplateIsTheDefaults() throws IOException {
    try (InputStream in = Policy.class.getResourceAsStream("copydesk-default.yaml")) {
      assertThat(in).isNotNull();
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Policy.parse(template, "copydesk.yaml")).isEqualTo(Policy.defaults());
      assertThat(template).startsWith("# yaml-language-server: $schema=");
    }
  }

  @Test
  void parsesLexiconCategoriesAndFailOnList() {
    Policy p = Policy.parse(String.join("\n",
        "failOn: [error, score<60, claims]",
        "categories: {claims: 2, style: 0.5}",
        "lexicon:",
        "  terms: [Westmoor Courier, Qalamoun]",
        "  corrections:",
        "    e-mail: email",
        "    per cent: percent",
        ""), "p.yml");
    assertThat(p.failOn()).containsExactly(new FailCondition.AtLeast(Severity.ERROR),
        new FailCondition.ScoreBelow(60), new FailCondition.InCategory(Category.CLAIMS));
    assertThat(p.categories()).containsExactlyInAnyOrderEntriesOf(Map.of(Category.CLAIMS, 2.0, Category.STYLE, 0.5));
    assertThat(p.lexicon()).isEqualTo(HouseLexicon.of(List.of("Westmoor Courier", "Qalamoun"),
        Map.of("e-mail", "email", "per cent", "percent")));
  }

  @Test
  void emptySectionsAreNothing() {
    assertThat(Policy.parse("rules:\nlexicon:\n  terms:\nignore:\noverrides:\npoints:\n", "p.yml"))
        .isEqualTo(Policy.defaults());
    assertThat(Policy.parse("# only a comment\n", "p.yml")).isEqualTo(Policy.defaults());
    assertThat(Policy.parse("{}", "p.json")).isEqualTo(Policy.defaults());
  }

  @Test
  void unknownKeysListTheKnownOnes() {
    assertThat(error("failOn: error\nlexicon:\n  words: [a]\n")).isEqualTo(
        "copydesk.yaml:3:3: unknown key 'words' in lexicon; expected one of terms, corrections");
    assertThat(error("categories:\n  claim: 2\n")).isEqualTo("copydesk.yaml:2:3: unknown key 'claim' in categories"
        + " (did you mean 'claims'?); expected one of provenance, integrity, language, claims, style");
    assertThat(error("overrides:\n  - files: a\n    ignore: [b]\n")).startsWith(
        "copydesk.yaml:3:5: unknown key 'ignore' in an override; expected one of files, failOn, warnOn,");
    assertThat(error("Rules: {}\n")).contains("(did you mean 'rules'?)");
  }

  @Test
  void lineBreaksQuotedFromTheFileAreEscapedSoTheMessageStaysOneLine() {
    // found by PolicyFuzzTest: a quoted key may hold a line break
    assertThat(error("\"a\\nb\": 1\n")).startsWith("copydesk.yaml:1:1: unknown key 'a\\nb'; expected one of");
    assertThat(error("ignore: [\"[z-a]\\r\"]\n")).isEqualTo("copydesk.yaml:1:10: bad ignore pattern: the range"
        + " 'z-a' in '[z-a]\\r' runs backwards; expected a range such as [a-z]");
  }

  @Test
  void wrongTypesSayWhatTheyGotAndWhatWasExpected() {
    assertThat(error("failBelow: fifty\n")).isEqualTo(
        "copydesk.yaml:1:12: the text 'fifty'; expected a whole score from 0 to 100");
    assertThat(error("failBelow: 49.5\n")).isEqualTo(
        "copydesk.yaml:1:12: the number 49.5; expected a whole score from 0 to 100");
    assertThat(error("rules:\n  claims.x:\n    enabled: no way\n")).isEqualTo(
        "copydesk.yaml:3:14: the text 'no way'; expected true or false");
    assertThat(error("rules: [a]\n")).startsWith("copydesk.yaml:1:8: a list; expected settings per rule id");
    assertThat(error("lexicon:\n  terms: Qalamoun\n")).isEqualTo(
        "copydesk.yaml:2:10: the text 'Qalamoun'; expected a list of names and terms that are always right");
    assertThat(error("lexicon:\n  corrections:\n    e-mail: 3\n")).isEqualTo(
        "copydesk.yaml:3:13: the number 3; expected the house form of 'e-mail'");
    assertThat(error("warnOn:\n")).isEqualTo("copydesk.yaml:1:8: an empty value; expected info, warning or error");
    assertThat(error("- error\n")).startsWith("copydesk.yaml:1:1: a list; expected the policy settings");
    assertThat(error("failOn: [error, never]\n")).startsWith("copydesk.yaml:1:17: 'never' in a list");
    assertThat(error("failOn: score<200\n")).startsWith("copydesk.yaml:1:9: 'score<200' is out of range");
    assertThat(error("categories:\n  style: 11\n")).isEqualTo(
        "copydesk.yaml:2:10: 11 is out of range; expected a weight from 0 to 10 (1 is the default)");
    assertThat(error("lexicon:\n  corrections:\n    email: email\n")).startsWith(
        "copydesk.yaml:3:12: 'email' is corrected to itself");
  }

  @Test
  void malformedYamlDuplicatesAndAliasesAreErrorsWithAPlace() {
    assertThat(error("failOn: error\nfailOn: never\n")).isEqualTo(
        "copydesk.yaml:2:1: duplicate key 'failOn' (first at 1:1); expected each key once");
    assertThat(error("rules:\n  claims.x: {enabled: false\n")).startsWith("copydesk.yaml:").endsWith(
        "; expected well-formed YAML");
    assertThat(error("base: &b {enabled: false}\n")).contains("unknown key 'base'");
    assertThat(error("rules:\n  claims.x: &b {enabled: false}\n  claims.y: *b\n")).isEqualTo(
        "copydesk.yaml:3:13: YAML alias '*b' is not supported; expected the value written out");
    assertThat(error("failOn: error\n---\nfailOn: never\n")).contains("a second YAML document");
  }

  @Test
  void anAliasBombIsAnErrorNotAHang() {
    StringBuilder y = new StringBuilder("lexicon:\n  terms: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    assertThat(error(y.toString())).contains("alias");
  }

  @Test
  void tooDeepIsAnError() {
    String deep = "rules: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThat(error(deep)).startsWith("copydesk.yaml:");
  }

  @Test
  void unknownRulesAreReportedWhereWrittenWhenRulesAreKnown() {
    assertThatThrownBy(() -> PolicyDocument.parse("rules:\n  language.mispelling: {enabled: false}\n", "c.yaml",
        null, "language.misspelling"::equals))
        .hasMessage("c.yaml:2:3: unknown rule 'language.mispelling'; expected a rule id listed by 'copydesk rules'");
    assertThatThrownBy(() -> PolicyDocument.parse("overrides:\n  - files: x\n    rules: {a.b: {}}\n", "c.yaml",
        null, "language.misspelling"::equals)).hasMessageStartingWith("c.yaml:3:13: unknown rule 'a.b'");
  }

  @Test
  void overridesApplyInOrderToMatchingFiles() throws IOException {
    Path policy = Files.writeString(dir.resolve("copydesk.yaml"), String.join("\n",
        "failOn: error",
        "rules:",
        "  claims.a: {severity: info}",
        "lexicon: {terms: [Westmoor]}",
        "points: {error: 20}",
        "overrides:",
        "  - files: ['opinion/**']",
        "    failOn: [error, score<40]",
        "    rules:",
        "      claims.a: {enabled: false}",
        "    lexicon: {terms: [Qalamoun], corrections: {e-mail: email}}",
        "    points: {info: 2}",
        "  - files: ['*.html', 'opinion/live/*']",
        "    warnOn: error",
        ""));
    PolicyDocument doc = PolicyDocument.load(policy, "copydesk.yaml", null);
    Policy news = doc.policyFor(dir.resolve("news/a.md"));
    Policy opinion = doc.policyFor(dir.resolve("opinion/x/a.md"));
    Policy live = doc.policyFor(dir.resolve("opinion/live/a.md"));
    Policy html = doc.policyFor(dir.resolve("news/a.html"));

    assertThat(news).isSameAs(doc.base());
    assertThat(opinion.failOn()).containsExactly(new FailCondition.AtLeast(Severity.ERROR),
        new FailCondition.ScoreBelow(40));
    assertThat(opinion.enabled("claims.a")).isFalse();
    assertThat(opinion.severity("claims.a", Severity.WARNING)).as("kept from the top level").isEqualTo(Severity.INFO);
    assertThat(opinion.lexicon().terms()).containsExactly("Qalamoun", "Westmoor");
    assertThat(opinion.lexicon().corrections()).containsEntry("e-mail", "email");
    assertThat(opinion.points()).containsEntry(Severity.ERROR, 20.0).containsEntry(Severity.INFO, 2.0);
    assertThat(opinion.warnOn()).isEqualTo(Severity.WARNING);
    assertThat(live.warnOn()).isEqualTo(Severity.ERROR);
    assertThat(live.enabled("claims.a")).isFalse();
    assertThat(html.warnOn()).isEqualTo(Severity.ERROR);
    assertThat(html.failOn()).containsExactly(new FailCondition.AtLeast(Severity.ERROR));
    assertThat(doc.policyFor(dir.resolve("opinion/y/b.md"))).as("one instance per set of overrides")
        .isSameAs(opinion);
    assertThat(doc.policyFor(dir.getParent().resolve("elsewhere/opinion/a.md"))).as("outside the folder")
        .isSameAs(doc.base());
  }

  @Test
  void ignoreMatchesRelativeToThePolicysFolder() throws IOException {
    Path policy = Files.writeString(dir.resolve("copydesk.yaml"), "ignore: [drafts, '/wire/*.json', '*.tmp.md']\n");
    PolicyDocument doc = PolicyDocument.load(policy, "copydesk.yaml", null);
    assertThat(doc.ignores(dir.resolve("drafts/a.md"))).isTrue();
    assertThat(doc.ignores(dir.resolve("news/drafts/a.md"))).isTrue();
    assertThat(doc.ignores(dir.resolve("wire/a.json"))).isTrue();
    assertThat(doc.ignores(dir.resolve("news/wire/a.json"))).isFalse();
    assertThat(doc.ignores(dir.resolve("news/x.tmp.md"))).isTrue();
    assertThat(doc.ignores(dir.resolve("news/x.md"))).isFalse();
    assertThat(doc.ignores(dir.resolve("sub/../drafts/a.md"))).as("normalised").isTrue();
  }

  @Test
  void overrideErrorsHaveAPlaceToo() {
    assertThat(error("overrides:\n  - failOn: never\n")).isEqualTo(
        "copydesk.yaml:2:5: an override without files; expected files: [globs] saying where it applies");
    assertThat(error("overrides:\n  - files: ['a[b']\n")).startsWith(
        "copydesk.yaml:2:13: bad files pattern: '[' without ']'");
    assertThat(error("overrides:\n  - files: []\n")).startsWith("copydesk.yaml:2:12: an override with no files");
    assertThat(error("overrides: {files: a}\n")).startsWith("copydesk.yaml:1:12: a mapping; expected a list");
    assertThat(error("ignore: [3]\n")).startsWith("copydesk.yaml:1:10: the number 3; expected a glob");
  }

  @Test
  void loadReportsUnreadableFiles() throws IOException {
    Path bin = Files.write(dir.resolve("copydesk.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
    assertThatThrownBy(() -> Policy.load(bin)).hasMessage("policy " + bin + ": not UTF-8 text");
  }
}
