package org.copydesk.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.copydesk.rules.support.Resources;
import org.junit.jupiter.api.Test;

/** The furniture concept table covers every concept in every catalogue language. */
class FurnitureConceptsTest {
  private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "it", "nl", "ru", "tr");

  @Test
  void everyConceptHasEveryLanguage() {
    JsonNode concepts = Resources.yaml("/org/copydesk/rules/integrity/furniture-concepts.yaml").path("concepts");
    assertThat(concepts.size()).isGreaterThanOrEqualTo(40);
    for (JsonNode c : concepts) {
      assertThat(c.path("kind").asText()).as(c.path("id").asText()).isNotEmpty();
      for (String lang : LANGUAGES) {
        assertThat(c.path(lang).size()).as(c.path("id").asText() + " in " + lang).isPositive();
        for (JsonNode p : c.path(lang)) {
          String phrase = p.asText();
          assertThat(phrase).as(c.path("id").asText() + " in " + lang)
              .isEqualTo(phrase.toLowerCase(java.util.Locale.ROOT).strip()).doesNotEndWith(".");
        }
      }
    }
  }
}
