package org.copydesk.example.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.RuleDescriptor.Example;
import org.copydesk.rule.Severity;
import org.copydesk.rules.BuiltinRules;
import org.junit.jupiter.api.Test;

class HouseRulesTest {
  private static final Copydesk COPYDESK = Copydesk.builder().build();

  private static List<Finding> bylineFindings(Copydesk copydesk, String content, Format format) throws Exception {
    Report report = copydesk.audit(content, format, "draft");
    return report.findings().stream().filter(f -> f.ruleId().equals(MissingByline.ID)).toList();
  }

  private static List<Finding> bylineFindings(String content, Format format) throws Exception {
    return bylineFindings(COPYDESK, content, format);
  }

  @Test
  void serviceLoaderFindsTheHousePackBesideTheBuiltInOne() {
    assertThat(COPYDESK.rules()).extracting(RuleDescriptor::id)
        .contains(MissingByline.ID, "provenance.ai-disclosure", "claims.unattributed-figure");
    assertThat(COPYDESK.ruleSetVersion()).isEqualTo("builtin-" + BuiltinRules.VERSION + "+house-" + HouseRules.VERSION);
  }

  @Test
  void addPackTurnsDiscoveryOff() {
    Copydesk houseOnly = Copydesk.builder().addPack(new HouseRules()).build();
    assertThat(houseOnly.rules()).extracting(RuleDescriptor::id).containsExactly(MissingByline.ID);

    Copydesk both = Copydesk.builder().addPack(new BuiltinRules()).addPack(new HouseRules()).build();
    assertThat(both.rules()).hasSameElementsAs(COPYDESK.rules());
  }

  @Test
  void anArticleWithoutAnAuthorIsFlaggedOnItsHeadline() throws Exception {
    String text = "Council approves budget\n\nThe council approved its budget on Wednesday after a long debate.";

    List<Finding> found = bylineFindings(text, Format.TEXT);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.excerpt()).isEqualTo("Council approves budget");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().line()).isEqualTo(1);
      assertThat(f.message()).startsWith("no byline:");
    });
  }

  @Test
  void aBylineLineSatisfiesIt() throws Exception {
    String text = "Council approves budget\n\nBy Jane Smith, Local Government Reporter\n\n"
        + "The council approved its budget on Wednesday after a long debate.";

    assertThat(bylineFindings(text, Format.TEXT)).isEmpty();
    assertThat(bylineFindings(text.replace("By Jane", "Reporting by Jane"), Format.TEXT)).isEmpty();
    assertThat(bylineFindings(text.replace("By Jane Smith, Local Government Reporter", "By J. Q."), Format.TEXT))
        .isEmpty();
  }

  @Test
  void proseThatStartsWithByIsNotAByline() throws Exception {
    String text = "Council approves budget\n\nBy Tuesday the council had voted.\n\nThe budget passed 38 to 14.";

    assertThat(bylineFindings(text, Format.TEXT)).hasSize(1);
    assertThat(bylineFindings(text.replace("By Tuesday the council had voted.", "by the council"), Format.TEXT))
        .hasSize(1);
  }

  @Test
  void aBylineTooFarDownDoesNotCount() throws Exception {
    StringBuilder text = new StringBuilder("Council approves budget\n\n");
    for (int i = 0; i < MissingByline.DEFAULT_OPENING_BLOCKS; i++) {
      text.append("Paragraph ").append(i).append(" of the story about the council's budget.\n\n");
    }
    text.append("By Jane Smith");

    assertThat(bylineFindings(text.toString(), Format.TEXT)).hasSize(1);
  }

  @Test
  void aDeclaredAuthorSatisfiesItInEveryFormat() throws Exception {
    String body = "The council approved its budget on Wednesday after a long debate.";

    assertThat(bylineFindings("{\"title\": \"Council approves budget\", \"byline\": \"Jane Smith\", \"body\": \""
        + body + "\"}", Format.JSON)).isEmpty();
    assertThat(bylineFindings("{\"title\": \"Council approves budget\", \"body\": \"" + body + "\"}", Format.JSON))
        .hasSize(1);
    assertThat(bylineFindings("---\ntitle: Council approves budget\nauthor: Jane Smith\n---\n\n" + body,
        Format.MARKDOWN)).isEmpty();
    assertThat(bylineFindings("<html><head><title>Council approves budget</title>"
        + "<meta name=\"author\" content=\"Jane Smith\"></head><body><article><h1>Council approves budget</h1><p>"
        + body + "</p></article></body></html>", Format.HTML)).isEmpty();
  }

  @Test
  void theDescriptorsExamplesDoWhatTheySay() throws Exception {
    List<Example> examples = new MissingByline().descriptor().examples();
    assertThat(examples).extracting(Example::flagged).contains(true, false);
    for (Example e : examples) {
      assertThat(bylineFindings(e.text(), Format.TEXT)).as(e.text()).hasSize(e.flagged() ? 1 : 0);
    }
  }

  @Test
  void aNewsroomCanGiveItsOwnPrefixes() throws Exception {
    String text = "El consejo aprueba el presupuesto\n\nPor María López\n\n"
        + "El consejo aprobó el presupuesto el miércoles.";
    Copydesk spanish = Copydesk.builder().addPack(new HouseRules(new MissingByline(List.of("por", "by"), 2))).build();

    assertThat(bylineFindings(text, Format.TEXT)).hasSize(1);
    assertThat(bylineFindings(spanish, text, Format.TEXT)).isEmpty();
    assertThatThrownBy(() -> new MissingByline(List.of(" "), 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MissingByline(List.of("by"), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
