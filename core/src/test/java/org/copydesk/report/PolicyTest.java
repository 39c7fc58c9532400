package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

  @Test
  void defaults() {
    Policy p = Policy.defaults();
    assertThat(p.failOn()).containsExactly(new FailCondition.AtLeast(Severity.ERROR));
    assertThat(p.warnOn()).isEqualTo(Severity.WARNING);
    assertThat(p.minConfidence()).isEqualTo(0.5);
    assertThat(p.failBelow()).isEqualTo(50);
    assertThat(p.warnBelow()).isEqualTo(80);
    assertThat(p.ruleCap()).isEqualTo(30.0);
    assertThat(p.points()).containsExactlyInAnyOrderEntriesOf(
        Map.of(Severity.ERROR, 25.0, Severity.WARNING, 10.0, Severity.INFO, 1.0));
    assertThat(p.rules()).isEmpty();
    assertThat(p.enabled("claims.anything")).isTrue();
    assertThat(p.severity("claims.anything", Severity.INFO)).isEqualTo(Severity.INFO);
  }

  @Test
  void emptyYamlIsTheDefaults() {
    assertThat(Policy.parse("", "p.yml")).isEqualTo(Policy.defaults());
    assertThat(Policy.parse("  \n", "p.yml")).isEqualTo(Policy.defaults());
  }

  @Test
  void parseEverySetting() {
    Policy p = Policy.parse(String.join("\n",
        "failOn: never",
        "warnOn: error",
        "minConfidence: 0.7",
        "failBelow: 40",
        "warnBelow: 90",
        "ruleCap: 12.5",
        "points:",
        "  warning: 5",
        "  info: 0",
        "rules:",
        "  claims.unsourced-figure:",
        "    enabled: false",
        "  style.stock-phrase:",
        "    severity: info",
        "  language.name-typo:",
        "    enabled: true",
        "    severity: ERROR",
        ""), "p.yml");
    assertThat(p.failOn()).isEmpty();
    assertThat(p.neverFails()).isTrue();
    assertThat(p.warnOn()).isEqualTo(Severity.ERROR);
    assertThat(p.minConfidence()).isEqualTo(0.7);
    assertThat(p.failBelow()).isEqualTo(40);
    assertThat(p.warnBelow()).isEqualTo(90);
    assertThat(p.ruleCap()).isEqualTo(12.5);
    assertThat(p.points()).containsExactlyInAnyOrderEntriesOf(
        Map.of(Severity.ERROR, 25.0, Severity.WARNING, 5.0, Severity.INFO, 0.0));
    assertThat(p.enabled("claims.unsourced-figure")).isFalse();
    assertThat(p.enabled("style.stock-phrase")).isTrue();
    assertThat(p.enabled("language.name-typo")).isTrue();
    assertThat(p.enabled("integrity.other")).isTrue();
    assertThat(p.severity("style.stock-phrase", Severity.WARNING)).isEqualTo(Severity.INFO);
    assertThat(p.severity("language.name-typo", Severity.INFO)).isEqualTo(Severity.ERROR);
    assertThat(p.severity("claims.unsourced-figure", Severity.WARNING)).isEqualTo(Severity.WARNING);
    assertThat(p.rules()).containsOnlyKeys("claims.unsourced-figure", "style.stock-phrase", "language.name-typo");
  }

  @Test
  void failOnWarning() {
    Policy p = Policy.parse("failOn: warning\n", "p.yml");
    assertThat(p.failOn()).containsExactly(new FailCondition.AtLeast(Severity.WARNING));
    assertThat(p.warnOn()).isEqualTo(Severity.WARNING);
    assertThat(p.minConfidence()).isEqualTo(0.5);
  }

  @Test
  void parseFailOn() {
    assertThat(Policy.parseFailOn("never")).isEmpty();
    assertThat(Policy.parseFailOn(" NEVER ")).isEmpty();
    assertThat(Policy.parseFailOn("Info")).containsExactly(new FailCondition.AtLeast(Severity.INFO));
  }

  @Test
  void unknownTopLevelKey() {
    assertThatThrownBy(() -> Policy.parse("failOn: error\nfailOnn: never\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p.yml:2:1: unknown key 'failOnn' (did you mean 'failOn'?); expected one of failOn,");
  }

  @Test
  void unknownRuleKey() {
    assertThatThrownBy(() -> Policy.parse("rules:\n  claims.x:\n    enabeld: false\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:3:5: unknown key 'enabeld' in a rule's settings (did you mean 'enabled'?); expected one of"
            + " enabled, severity");
  }

  @Test
  void invalidSeverity() {
    assertThatThrownBy(() -> Policy.parse("failOn: fatal\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:1:9: unknown fail condition 'fatal'; expected " + FailCondition.EXPECTED);
    assertThatThrownBy(() -> Policy.parse("rules:\n  claims.x:\n    severity: loud\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:3:15: unknown severity 'loud'; expected info, warning or error");
    assertThatThrownBy(() -> Policy.parse("points:\n  critical: 50\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:2:3: unknown key 'critical' in points; expected one of info, warning, error");
  }

  @Test
  void outOfRangeValues() {
    assertThatThrownBy(() -> Policy.parse("minConfidence: 1.5\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:1:16: 1.5 is out of range; expected a number from 0 to 1");
    assertThatThrownBy(() -> Policy.parse("warnBelow: 101\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:1:12: 101 is out of range; expected a whole score from 0 to 100");
    assertThatThrownBy(() -> Policy.parse("ruleCap: 0\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:1:10: 0 is out of range; expected a positive number of points");
    assertThatThrownBy(() -> Policy.parse("points:\n  error: -1\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:2:10: -1 is out of range; expected a number of points from 0 to 1000");
  }

  @Test
  void malformedYamlIsOneLine() {
    assertThatThrownBy(() -> Policy.parse("failOn: [error\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p.yml:")
        .message().doesNotContain("\n");
    assertThatThrownBy(() -> Policy.parse("minConfidence: high\n", "p.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.yml:1:16: the text 'high' ; expected a number from 0 to 1".replace(" ;", ";"));
  }

  @Test
  void load(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("policy.yml"), "failOn: never\n");
    assertThat(Policy.load(f).failOn()).isEmpty();
    Path missing = dir.resolve("nope.yml");
    assertThatThrownBy(() -> Policy.load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("policy " + missing + ": ")
        .message().doesNotContain("\n");
  }

  @Test
  void withFailOn() {
    Policy p = Policy.defaults().withFailOn(null);
    assertThat(p.failOn()).isEmpty();
    assertThat(p.warnOn()).isEqualTo(Severity.WARNING);
    assertThat(Policy.defaults().failOn()).containsExactly(new FailCondition.AtLeast(Severity.ERROR));
  }
}
