package org.copydesk.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pager and cookie patterns were rewritten to take one pass over a long line instead of one per character (a
 * 9,000-letter word took seconds, found by AuditFuzzTest); they must still match exactly what they matched.
 */
class TemplateResiduePatternsTest {
  private static final Pattern OLD_PAGER = Pattern.compile("(?iu)^\\W{0,3}[«‹←](?![^»›]*[»›])\\s*\\p{L}|"
      + "^[^«‹]*\\p{L}[\\p{L}\\s'’?!]*\\s[»›→>]\\s*$|"
      + "^(?:page|página|pagina|seite|strona|sivu|страница|sayfa)\\s+\\d+\\s+(?:of|de|di|von|van|z|/|из)\\s+\\d+$");
  private static final Pattern OLD_COOKIES = Pattern.compile("(?iu)cookie.*(?<![\\p{L}-])(?:accept(?:ing|ed|s)?|"
      + "reject(?:ing|ed|s)?|agree|settings|aceptar|rechazar|accepter|refuser|akzeptieren|ablehnen|aceitar|rejeitar|"
      + "accetta|rifiuta|принять|kabul)"
      + "(?![\\p{L}-])|"
      + "^\\W*(?:we\\s+use|nous\\s+utilisons|utilizamos|usamos|wir\\s+verwenden|wir\\s+nutzen|utilizziamo|"
      + "wij\\s+gebruiken|este\\s+site\\s+(?:usa|utiliza)|ce\\s+site\\s+utilise|this\\s+(?:site|website)\\s+uses)"
      + "\\s+(?:des\\s+)?cookies");

  /** Furniture at the ends of a line is stripped in one pass: a long run of dots took 83 s for 40,000 of them. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void longRunsOfFurnitureAreStrippedInOnePass() {
    for (String c : new String[] {".", "-", ">", "*"}) {
      assertThat(TemplateResidue.normalise("Read more " + c.repeat(90_000))).isEqualTo("read more");
      boolean leading = c.equals("-") || c.equals("*"); // dots and '>' are furniture only at the end of a line
      assertThat(TemplateResidue.normalise(c.repeat(90_000) + "x")).isEqualTo(leading ? "x" : c.repeat(90_000)
          + "x");
    }
    assertThat(TemplateResidue.normalise("  » Leave a Reply …  ")).isEqualTo("leave a reply");
  }

  @Test
  void pagerMatchesWhatItMatchedBefore() {
    String[] parts = {"a", "B", "é", " ", "  ", "'", "’", "?", "!", "»", "›", "→", ">", "«", "‹", "←", ".", "1", "-",
        "Next", "Page 2 of 3", "\t"};
    sameMatches(OLD_PAGER, TemplateResidue.PAGER, parts);
    assertThat(TemplateResidue.PAGER.matcher("Fall Foliage Drives »").find()).isTrue();
    assertThat(TemplateResidue.PAGER.matcher("Nächster Beitrag →").find()).isTrue();
    assertThat(TemplateResidue.PAGER.matcher("Read this: next one »").find()).isTrue();
    assertThat(TemplateResidue.PAGER.matcher("« Back » more »").find()).isFalse();
  }

  @Test
  void cookiesMatchesWhatItMatchedBefore() {
    String[] parts = {"cookie", "Cookies", "COOKIE", "accept", "Reject", " ", "x", ".", "we use", "We use ",
        "des ", "|", "settings"};
    sameMatches(OLD_COOKIES, TemplateResidue.COOKIES, parts);
  }

  /** Random lines of up to eight parts: the two patterns find a match in the same lines. */
  private static void sameMatches(Pattern before, Pattern after, String[] parts) {
    Random random = new Random(42);
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(9);
      for (int i = 0; i < len; i++) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String line = sb.toString();
      boolean expected = before.matcher(line).find();
      assertThat(after.matcher(line).find()).as("'%s'", line).isEqualTo(expected);
      matched += expected ? 1 : 0;
    }
    assertThat(matched).as("lines that match").isGreaterThan(400);
  }
}
