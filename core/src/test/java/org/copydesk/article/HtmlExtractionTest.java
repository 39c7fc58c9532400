package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which parts of a web page are the article: container scoring, sibling sections, furniture inside the story. */
class HtmlExtractionTest {
  private static String para(String s) {
    return "<p>" + (s + " ").repeat(4).strip() + "</p>";
  }

  @Test
  void anArticleSplitIntoSiblingSectionsIsReadWhole() throws Exception {
    String html = "<html><body><div class=\"layout\"><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/x\">World"
        + "</a></div><div class=\"chunks\">"
        + "<div class=\"chunk\"><div class=\"txt\">" + para("The first section explains the plan, in detail, with care.")
        + para("It goes on, with figures, quotes and context, for a while.") + "</div></div>"
        + "<div class=\"chunk\"><div class=\"txt\">" + para("The second section follows, with more reporting, at length.")
        + para("It ends the story, with a quote from the minister, and a date.") + "</div></div>"
        + "</div><div class=\"widget\"><a href=\"/y\">Subscribe now</a></div></div></body></html>";

    String body = Articles.parse(html, Format.HTML, "x.html").bodyText();

    assertThat(body).contains("The first section", "The second section", "It ends the story")
        .doesNotContain("Home", "Subscribe now");
  }

  @Test
  void furnitureInsideTheStoryIsLeftOut() throws Exception {
    String html = "<html><body><article><h1>Plague case</h1><p>Photo: Hau Dinh, AP</p><p>Image 1 of 8</p>"
        + para("A hunter who ate a wild rabbit has caught bubonic plague, health officials said on Sunday.")
        + "<h3>Most read in world news</h3><p><a href=\"/a\">Pop star spotted in old photo</a></p>"
        + para("The man is being treated in hospital and his contacts have been quarantined, officials said.")
        + "<p class=\"image-credit\">Credit: Getty</p><div style=\"display:none\">2019-11-19T08:57:40</div>"
        + "</article></body></html>";

    String body = Articles.parse(html, Format.HTML, "x.html").bodyText();

    assertThat(body).contains("A hunter who ate", "The man is being treated")
        .doesNotContain("Photo: Hau Dinh", "Image 1 of 8", "Most read", "Pop star", "Credit: Getty", "2019-11-19");
  }

  @Test
  void aContainerThatIsNotABlockElementStillCountsAsTheArticle() throws Exception {
    String html = "<html><body><div class=\"post\"><span class=\"rich-text\">"
        + para("The council approved the budget on Tuesday, after a long debate, officials said.")
        + para("Spending on roads will rise, while the library budget stays flat, the plan shows.")
        + "</span></div><div class=\"sidebar\"><p><a href=\"/a\">Other story</a></p></div></body></html>";

    String body = Articles.parse(html, Format.HTML, "x.html").bodyText();

    assertThat(body).contains("The council approved", "Spending on roads").doesNotContain("Other story");
  }
}
