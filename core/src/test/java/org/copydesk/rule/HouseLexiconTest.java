package org.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseLexiconTest {
  private final HouseLexicon lex = HouseLexicon.of(List.of("Westmoor Courier", "Qalamoun", "  Spiritual   Shrinks "),
      Map.of("e-mail", "email", "Covid", "COVID-19", "per cent", "percent"));

  @Test
  void termsMatchInAnyCase() {
    assertThat(lex.isHouseTerm("qalamoun")).isTrue();
    assertThat(lex.isHouseTerm("QALAMOUN")).isTrue();
    assertThat(lex.isHouseTerm("Spiritual Shrinks")).isTrue();
    assertThat(lex.isHouseTerm("Shrinks")).isFalse();
    assertThat(lex.terms()).containsExactly("Qalamoun", "Spiritual Shrinks", "Westmoor Courier");
  }

  @Test
  void aTermCoversItsWordsWhereItOccursWhole() {
    String text = "the Spiritual\nShrinks said; Shrinks alone; the Spiritual Shrinksville";
    int first = text.indexOf("Shrinks");
    int alone = text.indexOf("Shrinks alone");
    int ville = text.indexOf("Shrinksville");
    assertThat(lex.covers(text, first, first + 7)).isTrue();
    assertThat(lex.covers(text, text.indexOf("Spiritual"), text.indexOf("Spiritual") + 9)).isTrue();
    assertThat(lex.covers(text, alone, alone + 7)).isFalse();
    assertThat(lex.covers(text, ville, ville + 7)).as("not a whole-word occurrence").isFalse();
    assertThat(HouseLexicon.empty().covers(text, first, first + 7)).isFalse();
  }

  @Test
  void lowerCaseWrongFormsMatchAnyCaseAndKeepIt() {
    assertThat(lex.correction("e-mail")).contains("email");
    assertThat(lex.correction("E-mail")).contains("Email");
    assertThat(lex.correction("E-MAIL")).contains("EMAIL");
    assertThat(lex.correction("Per  cent")).contains("Percent");
    assertThat(lex.correction("email")).isEmpty();
  }

  @Test
  void capitalisedWrongFormsMatchOnlyAsWritten() {
    assertThat(lex.correction("Covid")).contains("COVID-19");
    assertThat(lex.correction("covid")).isEmpty();
    assertThat(lex.correction("COVID")).isEmpty();
  }

  @Test
  void plusUnitesTermsAndLetsTheOtherCorrectionsWin() {
    HouseLexicon more = HouseLexicon.of(List.of("Harrowgate"), Map.of("e-mail", "E-mail"));
    HouseLexicon both = lex.plus(more);
    assertThat(both.terms()).contains("Harrowgate", "Qalamoun");
    assertThat(both.corrections()).containsEntry("e-mail", "E-mail").containsEntry("Covid", "COVID-19");
    assertThat(lex.plus(HouseLexicon.empty())).isSameAs(lex);
    assertThat(HouseLexicon.of(List.of(), Map.of())).isSameAs(HouseLexicon.empty());
  }

  @Test
  void rejectsBlankAndSelfCorrections() {
    assertThatThrownBy(() -> HouseLexicon.of(List.of(" "), Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HouseLexicon.of(List.of(), Map.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalByContent() {
    assertThat(HouseLexicon.of(List.of("A"), Map.of("x", "y"))).isEqualTo(HouseLexicon.of(List.of(" A "),
        Map.of("x", "y")));
  }
}
