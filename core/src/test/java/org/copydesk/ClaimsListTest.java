package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;
import org.copydesk.report.Report;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

/** The report's claims list: every rule's claims, one per figure, in document order, the highest status kept. */
class ClaimsListTest {
  private static final String TEXT = "Figures\n\nSales rose more than 40% last year, the company said. "
      + "Costs fell 12% and staff grew to 3,000.\n";

  /** Claims every match of a pattern with a status, an attribution and a note. */
  private static Rule claiming(String id, String regex, Claim.Status status, String attribution, String note) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return TestRules.descriptor(id, Severity.INFO, "claims " + regex);
      }

      @Override
      public void check(Article article, RuleContext ctx) {
        Matcher m = Pattern.compile(regex).matcher(article.text());
        while (m.find()) {
          ctx.claim(new Span(m.start(), m.end()), "percent", status).attribution(attribution).note(note).emit();
        }
      }
    };
  }

  private static Report audit(Rule... rules) throws Exception {
    return Copydesk.builder().addPack(TestRules.pack("p", rules)).build().audit(TEXT, Format.TEXT, "a.txt");
  }

  @Test
  void overlappingClaimsOfTwoRulesBecomeOneWithTheHigherStatus() throws Exception {
    Report r = audit(
        claiming("claims.a", "more than 40%", Claim.Status.ATTRIBUTED, "the company", null),
        claiming("claims.b", "40%|12%", Claim.Status.NOT_IN_SOURCE, null, "was 4% in the source"));
    assertThat(r.claims()).extracting(Claim::text, Claim::status, Claim::attribution, Claim::note).containsExactly(
        org.assertj.core.groups.Tuple.tuple("more than 40%", Claim.Status.NOT_IN_SOURCE, "the company",
            "was 4% in the source"),
        org.assertj.core.groups.Tuple.tuple("12%", Claim.Status.NOT_IN_SOURCE, null, "was 4% in the source"));
    assertThat(r.claims().get(0).sentence()).isEqualTo("Sales rose more than 40% last year, the company said.");
    assertThat(r.claims().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void claimsComeInDocumentOrderWhateverTheRuleOrder() throws Exception {
    Report r = audit(
        claiming("claims.z", "3,000", Claim.Status.UNATTRIBUTED, null, null),
        claiming("claims.a", "12%", Claim.Status.UNATTRIBUTED, null, null),
        claiming("claims.m", "more than 40%", Claim.Status.ATTRIBUTED, "the company", null));
    assertThat(r.claims()).extracting(Claim::text).containsExactly("more than 40%", "12%", "3,000");
  }

  @Test
  void aClaimOnAnEmptySpanIsTheRulesErrorNotTheReports() throws Exception {
    Report r = audit(claiming("claims.bad", "(?=Costs)", Claim.Status.UNATTRIBUTED, null, null),
        claiming("claims.ok", "12%", Claim.Status.UNATTRIBUTED, null, null));
    assertThat(r.errors()).extracting(e -> e.ruleId()).containsExactly("claims.bad");
    assertThat(r.claims()).extracting(Claim::text).containsExactly("12%");
  }
}
