package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void fromFileName() {
    assertThat(Format.fromFileName("story.txt")).contains(Format.TEXT);
    assertThat(Format.fromFileName("story.text")).contains(Format.TEXT);
    assertThat(Format.fromFileName("draft.MD")).contains(Format.MARKDOWN);
    assertThat(Format.fromFileName("draft.markdown")).contains(Format.MARKDOWN);
    assertThat(Format.fromFileName("draft.mdown")).contains(Format.MARKDOWN);
    assertThat(Format.fromFileName("page.html")).contains(Format.HTML);
    assertThat(Format.fromFileName("page.htm")).contains(Format.HTML);
    assertThat(Format.fromFileName("page.xhtml")).contains(Format.HTML);
    assertThat(Format.fromFileName("post.json")).contains(Format.JSON);
    assertThat(Format.fromFileName("archive.tar.json")).contains(Format.JSON);
    assertThat(Format.fromFileName("README")).isEmpty();
    assertThat(Format.fromFileName("scan.pdf")).isEmpty();
    assertThat(Format.fromFileName("trailing.")).isEmpty();
  }

  @Test
  void fromId() {
    assertThat(Format.fromId("text")).contains(Format.TEXT);
    assertThat(Format.fromId("txt")).contains(Format.TEXT);
    assertThat(Format.fromId("markdown")).contains(Format.MARKDOWN);
    assertThat(Format.fromId("md")).contains(Format.MARKDOWN);
    assertThat(Format.fromId("MD")).contains(Format.MARKDOWN);
    assertThat(Format.fromId("html")).contains(Format.HTML);
    assertThat(Format.fromId("htm")).contains(Format.HTML);
    assertThat(Format.fromId("json")).contains(Format.JSON);
    assertThat(Format.fromId("JSON")).contains(Format.JSON);
    assertThat(Format.fromId("pdf")).isEqualTo(Optional.empty());
    assertThat(Format.fromId("")).isEmpty();
  }

  @Test
  void idsAndExtensions() {
    assertThat(Format.MARKDOWN.id()).isEqualTo("markdown");
    assertThat(Format.MARKDOWN.extension()).isEqualTo("md");
    assertThat(Format.TEXT.id()).isEqualTo("text");
    assertThat(Format.TEXT.extension()).isEqualTo("txt");
  }
}
