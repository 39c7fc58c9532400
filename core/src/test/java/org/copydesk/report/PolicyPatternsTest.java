package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.internal.policy.PolicyDocument;
import org.copydesk.rule.Category;
import org.copydesk.rule.HousePattern;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code patterns:} section of copydesk.yaml: what it reads, where its errors are, how it joins the rules. */
class PolicyPatternsTest {
  private static final String HOUSE = String.join("\n",
      "patterns:",
      "  - name: said-not-stated",
      "    pattern: '\\b(stated|remarked)\\b'",
      "    message: 'attribution: write \"said\", not \"{match}\"'",
      "    suggest: said",
      "    ignoreCase: true",
      "    severity: info",
      "    category: style",
      "  - name: per-cent",
      "    pattern: '([0-9]+) per cent'",
      "    message: the house writes percent",
      "    suggest: $1 percent",
      "");

  @TempDir Path dir;

  private static String error(String yaml) {
    try {
      PolicyDocument.parse(yaml, "copydesk.yaml", null, "language.house-style"::equals);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void readsPatternsWithTheirDefaults() {
    Policy p = Policy.parse(HOUSE, "copydesk.yaml");
    assertThat(p.patterns()).extracting(HousePattern::id).containsExactly("style.house-said-not-stated",
        "language.house-per-cent");
    HousePattern said = p.patterns().get(0);
    assertThat(said.regex()).isEqualTo("\\b(stated|remarked)\\b");
    assertThat(said.ignoreCase()).isTrue();
    assertThat(said.severity()).isEqualTo(Severity.INFO);
    assertThat(said.category()).isEqualTo(Category.STYLE);
    assertThat(said.suggestion()).hasValue("said");
    assertThat(said.origin()).hasValue("copydesk.yaml:2:5");
    HousePattern percent = p.patterns().get(1);
    assertThat(percent.severity()).isEqualTo(Severity.WARNING);
    assertThat(percent.category()).isEqualTo(Category.LANGUAGE);
    assertThat(percent.ignoreCase()).isFalse();
    assertThat(percent.wholeWord()).isTrue();
    assertThat(Policy.parse("patterns:\n", "p.yaml").patterns()).isEmpty();
    assertThat(Policy.parse(HOUSE, "other.yaml")).as("equal wherever written").isEqualTo(p);
  }

  @Test
  void aPatternRe2RefusesIsAnErrorAtThePattern() {
    String lookahead = "patterns:\n  - name: x\n    pattern: 'said(?= the)'\n    message: m\n";
    assertThat(error(lookahead)).isEqualTo("copydesk.yaml:3:14: RE2 cannot compile the pattern (invalid or"
        + " unsupported Perl syntax: `(?=`); expected " + HousePattern.RE2_EXPECTED);
    assertThat(error("patterns:\n  - {name: x, message: m, pattern: '(\\w+) \\1'}\n"))
        .startsWith("copydesk.yaml:2:36: RE2 cannot compile the pattern (invalid escape sequence: `\\1`); expected");
    assertThat(error("patterns:\n  - {name: x, message: m, pattern: '(?<!not )said'}\n"))
        .startsWith("copydesk.yaml:2:36: RE2 cannot compile the pattern (").endsWith("(?<!)");
    assertThat(error("patterns:\n  - {name: x, message: m, pattern: '(a{500}){500}'}\n"))
        .startsWith("copydesk.yaml:2:36: a pattern of more than 1000 steps");
    assertThat(error("patterns:\n  - {name: x, message: m, pattern: '" + "a".repeat(1001) + "'}\n"))
        .isEqualTo("copydesk.yaml:2:36: a pattern of 1001 characters; expected at most 1000 (split it into"
            + " several patterns)");
    assertThat(error("patterns:\n  - {name: x, message: m, pattern: 'a*'}\n"))
        .startsWith("copydesk.yaml:2:36: a pattern that matches empty text;");
  }

  @Test
  void thePatternsOfAPolicyHaveATotalBudget() {
    String big = "'[^x]{900}x'"; // 900 steps or so: allowed alone
    String four = "patterns:\n  - {name: a, message: m, pattern: " + big + "}\n  - {name: b, message: m, pattern: "
        + big + "}\n  - {name: c, message: m, pattern: " + big + "}\n  - {name: d, message: m, pattern: " + big + "}\n";
    assertThat(Policy.parse("patterns:\n  - {name: a, message: m, pattern: " + big + "}\n", "copydesk.yaml")
        .patterns()).hasSize(1);
    assertThat(error(four)).startsWith("copydesk.yaml:5:").contains("steps in all with this one; expected at most "
        + HousePattern.MAX_TOTAL_SIZE);
    // an override redefining a pattern counts it once, at its larger size
    String redefined = "patterns:\n  - {name: a, message: m, pattern: " + big + "}\noverrides:\n  - files: ['x/**']\n"
        + "    patterns:\n      - {name: a, message: m, pattern: " + big + "}\n";
    assertThat(PolicyDocument.parse(redefined, "copydesk.yaml", null, null).base().patterns()).hasSize(1);
  }

  @Test
  void otherMistakesAreErrorsWithAPlace() {
    assertThat(error("patterns:\n  - {name: x, pattern: said}\n")).isEqualTo("copydesk.yaml:2:5: a pattern without"
        + " message; expected name:, pattern: and message:");
    assertThat(error("patterns:\n  - {name: x, pattern: said, mesage: m}\n")).isEqualTo("copydesk.yaml:2:30:"
        + " unknown key 'mesage' in a pattern (did you mean 'message'?); expected one of name, pattern, message,"
        + " suggest, severity, category, ignoreCase, wholeWord");
    assertThat(error("patterns:\n  - {name: No Spaces, pattern: said, message: m}\n"))
        .startsWith("copydesk.yaml:2:12: the name 'No Spaces'; expected lower-case letters");
    assertThat(error("patterns:\n  - {name: x, pattern: said, message: m}\n  - {name: x, pattern: told,"
        + " message: m}\n")).isEqualTo("copydesk.yaml:3:12: a second pattern named 'x' (first at 2:12); expected"
        + " each name once");
    assertThat(error("patterns:\n  - {name: x, pattern: said, message: m, category: tone}\n"))
        .isEqualTo("copydesk.yaml:2:52: unknown category 'tone'; expected provenance, integrity, language, claims"
            + " or style");
    assertThat(error("patterns:\n  - {name: x, pattern: said, message: m, ignoreCase: yes please}\n"))
        .isEqualTo("copydesk.yaml:2:54: the text 'yes please'; expected true or false");
    assertThat(error("patterns:\n  - {name: x, pattern: '(\\d+) per cent', message: m, suggest: '$2 percent'}\n"))
        .startsWith("copydesk.yaml:2:63: the suggestion uses $2 but the pattern has 1 group;");
    assertThat(error("patterns:\n  - {name: style, pattern: said, message: m}\n")).isEqualTo("copydesk.yaml:2:12:"
        + " the pattern's rule id language.house-style is taken by a built-in rule; expected another name");
    assertThat(error("patterns: {name: x}\n")).startsWith("copydesk.yaml:1:11: a mapping; expected a list of"
        + " patterns");
  }

  @Test
  void thereIsACapOnHowManyPatternsAPolicyHas() {
    StringBuilder yaml = new StringBuilder("patterns:\n");
    for (int i = 0; i <= HousePattern.MAX_PATTERNS; i++) {
      yaml.append("  - {name: p").append(i).append(", pattern: word").append(i).append(", message: m}\n");
    }
    assertThat(error(yaml.toString())).isEqualTo("copydesk.yaml:" + (HousePattern.MAX_PATTERNS + 2) + ":5: more"
        + " than 200 patterns; expected at most 200 (join related ones with |)");
  }

  @Test
  void rulesMayNameThePatternsAndOverridesAddOrReplaceThem() throws IOException {
    Path policy = Files.writeString(dir.resolve("copydesk.yaml"), HOUSE + String.join("\n",
        "rules:",
        "  language.house-per-cent: {severity: error}",
        "overrides:",
        "  - files: ['opinion/**']",
        "    rules:",
        "      style.house-said-not-stated: {enabled: false}",
        "    patterns:",
        "      - {name: per-cent, pattern: 'per cent', message: write percent}",
        "      - {name: very, pattern: very, message: cut very}",
        ""));
    PolicyDocument doc = PolicyDocument.load(policy, "copydesk.yaml", "language.misspelling"::equals);
    Policy news = doc.policyFor(dir.resolve("news/a.md"));
    Policy opinion = doc.policyFor(dir.resolve("opinion/a.md"));
    assertThat(news.patterns()).hasSize(2);
    assertThat(news.severity("language.house-per-cent", Severity.WARNING)).isEqualTo(Severity.ERROR);
    assertThat(opinion.patterns()).extracting(HousePattern::id).containsExactly("style.house-said-not-stated",
        "language.house-per-cent", "language.house-very");
    assertThat(opinion.patterns().get(1).regex()).isEqualTo("per cent");
    assertThat(opinion.enabled("style.house-said-not-stated")).isFalse();
  }

  @Test
  void findingsAreScoredAndJudgedLikeAnyRulesAndListedAsRules() throws Exception {
    Policy p = Policy.parse(HOUSE + "rules:\n  language.house-per-cent: {severity: error}\n", "copydesk.yaml");
    Copydesk c = Copydesk.builder().policy(p).addPack(pack()).build();
    assertThat(c.rules()).extracting(RuleDescriptor::id).containsExactly("language.house-per-cent",
        "language.house-word", "language.word", "style.house-said-not-stated");
    assertThat(c.rule("style.house-said-not-stated").orElseThrow().description()).contains("copydesk.yaml:2:5",
        "\\b(stated|remarked)\\b", "any case", "suggests \"said\"");

    Report r = c.audit("Rates\n\nThe mayor stated that rates rose 4 per cent, a word said.", Format.TEXT, "a.txt");
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity, Finding::excerpt).containsExactly(
        org.assertj.core.groups.Tuple.tuple("style.house-said-not-stated", Severity.INFO, "stated"),
        org.assertj.core.groups.Tuple.tuple("language.house-per-cent", Severity.ERROR, "4 per cent"),
        org.assertj.core.groups.Tuple.tuple("language.word", Severity.WARNING, "word"));
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.score().overall()).isEqualTo(100 - 25 - 10 - 1);

    Copydesk off = c.withPolicy(p.overlay("rules: {language.house-per-cent: {enabled: false}}", "req", null));
    Report quiet = off.audit("Rates\n\nRates rose 4 per cent.", Format.TEXT, "a.txt");
    assertThat(quiet.findings()).isEmpty();
    assertThat(quiet.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aRequestMayBringPatternsAndRedefineThePolicysOwn() {
    Policy base = Policy.parse(HOUSE, "copydesk.yaml");
    List<String> known = List.of("language.word", "language.house-per-cent", "style.house-said-not-stated");
    Policy p = base.overlay("{\"patterns\": [{\"name\": \"per-cent\", \"pattern\": \"per\\\\s+cent\", \"message\":"
        + " \"m\"}, {\"name\": \"very\", \"pattern\": \"very\", \"message\": \"m\"}],"
        + " \"rules\": {\"language.house-very\": {\"severity\": \"info\"}}}", "policy", known);
    assertThat(p.patterns()).extracting(HousePattern::regex).containsExactly("\\b(stated|remarked)\\b",
        "per\\s+cent", "very");
    assertThat(p.severity("language.house-very", Severity.WARNING)).isEqualTo(Severity.INFO);
    assertThatThrownBy(() -> base.overlay("{\"patterns\": [{\"name\": \"x\", \"pattern\": \"(?=a)\", \"message\":"
        + " \"m\"}]}", "policy", known)).hasMessageStartingWith("policy:1:40: RE2 cannot compile the pattern");
  }

  @Test
  void aPatternWithABuiltInRulesIdIsRefusedWhenTheAuditorIsBuilt() {
    HousePattern clash = HousePattern.builder("word", "said").message("m").build();
    assertThatThrownBy(() -> Copydesk.builder().policy(Policy.defaults().withPatterns(List.of(clash)))
        .addPack(pack()).build()).hasMessage("the house pattern language.house-word has the id of a built-in rule;"
            + " expected another name");
  }

  private static org.copydesk.rule.RulePack pack() {
    return new org.copydesk.rule.RulePack() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public List<org.copydesk.rule.Rule> rules() {
        return List.of(TestRules.word("language.word", Severity.WARNING, "word"),
            TestRules.word("language.house-word", Severity.WARNING, "never-there"));
      }
    };
  }
}
