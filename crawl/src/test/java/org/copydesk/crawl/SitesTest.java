package org.copydesk.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitesTest {
  @Test
  void theSiteIsTheRegisteredDomainUnderThePublicSuffixList() {
    assertThat(Sites.of("https://www.bbc.co.uk/news/world-123")).isEqualTo("bbc.co.uk");
    assertThat(Sites.of("https://news.bbc.co.uk/")).isEqualTo("bbc.co.uk");
    assertThat(Sites.of("http://EXAMPLE.com:8080/a?b#c")).isEqualTo("example.com");
    assertThat(Sites.of("https://www.example.com./path")).isEqualTo("example.com");
    assertThat(Sites.of("https://user:pw@sub.example.com.au/")).isEqualTo("example.com.au");
  }

  @Test
  void aPrivateSuffixMakesEachNameBelowItASite() {
    assertThat(Sites.of("https://alice.github.io/blog/")).isEqualTo("alice.github.io");
    assertThat(Sites.of("https://bob.blogspot.com/2026/11/post.html")).isEqualTo("bob.blogspot.com");
  }

  @Test
  void internationalisedNamesStayReadable() {
    assertThat(Sites.of("https://www.bücher.de/")).isEqualTo("bücher.de");
    assertThat(Sites.of("https://www.xn--bcher-kva.de/")).isEqualTo("bücher.de");
    assertThat(Sites.of("http://समाचार.भारत/")).isEqualTo("समाचार.भारत"); // combining vowel signs
    assertThat(Sites.of("http://[fe80::1%25eth0]/")).isEqualTo("[fe80::1%25eth0]");
  }

  @Test
  void hostsWithoutARegisteredDomainAreTheirOwnSite() {
    assertThat(Sites.of("http://192.168.1.20/page")).isEqualTo("192.168.1.20");
    assertThat(Sites.of("http://localhost:8080/")).isEqualTo("localhost");
    assertThat(Sites.of("http://[2001:db8::1]:8080/x")).isEqualTo("[2001:db8::1]");
    assertThat(Sites.of("http://intranet.corp/page")).isEqualTo("intranet.corp");
  }

  @Test
  void aLooseUrlFromACrawlStillHasAHost() {
    assertThat(Sites.of("https://www.example.com/a path/with spaces|and pipes")).isEqualTo("example.com");
  }

  @Test
  void noHostNoSite() {
    assertThat(Sites.of(null)).isNull();
    assertThat(Sites.of("articles/draft.md")).isNull();
    assertThat(Sites.of("/news/story")).isNull();
    assertThat(Sites.of("mailto:desk@example.com")).isNull();
    assertThat(Sites.of("file:///tmp/a.html")).isNull();
    assertThat(Sites.of("https://")).isNull();
    assertThat(Sites.of("http://-1+cmd|' /C calc'!A0/")).isNull();
    assertThat(Sites.of("http://a\u0007b.com/")).isNull();
  }
}
