package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk extract}: the article body of a page without its furniture. */
class ExtractTest {
  private static final String PAGE = "<html><head><title>Ferry fares rise | Harbour Times</title></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
      + "<div class=\"story\"><h1>Ferry fares rise</h1>"
      + "<p>Ferry fares between the island and the mainland will rise by 6% in April, the operator said on Monday, "
      + "blaming higher fuel and staff costs.</p>"
      + "<figure><img src=\"f.jpg\"><figcaption>The morning ferry leaves the harbour.</figcaption></figure>"
      + "<p>Island councillors said the increase would hit commuters hardest and asked the operator to keep the "
      + "season ticket at this year's price, as it did during the last fuel crisis.</p></div>"
      + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Harbour wall repaired</a></li>"
      + "<li><a href=\"/b\">School opens new library</a></li></ul></aside>"
      + "<footer><p>© 2026 Harbour Times</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>"
      + "</body></html>";

  @Test
  void printsTheBodyWithoutTitleCaptionsOrPageFurniture(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("ferry.html"), PAGE);

    Cli.Result r = Cli.run("extract", page.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Ferry fares between the island", "Island councillors said")
        .doesNotContain("Ferry fares rise\n", "Most read", "Harbour wall repaired", "Privacy", "© 2026",
            "The morning ferry leaves", "Home");
  }

  @Test
  void jsonUsesTheBenchmarkPredictionShape(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("ferry.html"), PAGE);

    Cli.Result r = Cli.run("extract", "--format", "json", page.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode body = r.json().path("ferry").path("articleBody");
    assertThat(body.asText()).startsWith("Ferry fares between the island").contains("\n\nIsland councillors");
  }

  @Test
  void aMissingFileIsAnInputErrorAndTheOthersAreStillPrinted(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("ferry.html"), PAGE);

    Cli.Result r = Cli.run("extract", dir.resolve("missing.html").toString(), page.toString());

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("missing.html");
    assertThat(r.out()).contains("Island councillors said");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result r = Cli.run("extract", "--format", "xml", "x.html");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --format 'xml'");
  }
}
