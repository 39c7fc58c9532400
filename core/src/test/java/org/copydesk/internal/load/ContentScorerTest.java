package org.copydesk.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
  private static final String PARAGRAPH =
      "<p>The council approved the budget on Tuesday, after a debate that ran late into the evening, officials said.</p>";

  /**
   * Two containers that score exactly the same: the first in the document wins, every time. (The candidates were
   * once kept in an identity map, so the winner followed identity hash codes, which change from run to run.)
   */
  @Test
  void aTieGoesToTheFirstContainerInTheDocumentEveryTime() {
    String page = "<html><body>"
        + "<div id=\"one\"><div><div><div>" + PARAGRAPH + "</div></div></div></div>"
        + "<div id=\"two\"><div><div><div>" + PARAGRAPH + "</div></div></div></div>"
        + "</body></html>";
    Set<String> winners = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Document doc = Jsoup.parse(page);
      Element best = ContentScorer.best(doc);
      assertThat(best).isNotNull();
      winners.add(best.closest("body > div").id());
    }
    assertThat(winners).containsExactly("one");
  }
}
