package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceMapTest {

  /** A map whose normalised text is the original itself. */
  private static SourceMap identity(String original) {
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new SourceMap(original, map);
  }

  @Test
  void offsetsOfLinesAndCodePointColumns() {
    SourceMap sm = identity("a\uD83D\uDE00b\r\ncd\rx");
    assertThat(sm.originalOffset(1, 1)).isZero();
    assertThat(sm.originalOffset(1, 3)).isEqualTo(3); // the emoji is one column, two UTF-16 units
    assertThat(sm.originalOffset(1, 4)).isEqualTo(4); // exclusive end of the line
    assertThat(sm.originalOffset(1, 5)).isEqualTo(-1);
    assertThat(sm.originalOffset(2, 2)).isEqualTo(7);
    assertThat(sm.originalOffset(3, 1)).isEqualTo(9);
    assertThat(sm.originalOffset(4, 1)).isEqualTo(-1);
    assertThat(sm.originalOffset(0, 1)).isEqualTo(-1);
    for (int off : new int[] {0, 1, 3, 6, 7, 9}) {
      Position p = sm.positionOfOriginal(off);
      assertThat(sm.originalOffset(p.line(), p.column())).isEqualTo(off);
    }
  }

  @Test
  void lfLineEndings() {
    SourceMap sm = identity("ab\ncd\n\nef");
    assertThat(sm.lineCount()).isEqualTo(4);
    assertThat(sm.start(0)).isEqualTo(new Position(1, 1));
    assertThat(sm.start(2)).isEqualTo(new Position(1, 3)); // the LF itself ends line 1
    assertThat(sm.start(3)).isEqualTo(new Position(2, 1));
    assertThat(sm.start(4)).isEqualTo(new Position(2, 2));
    assertThat(sm.start(7)).isEqualTo(new Position(4, 1));
    assertThat(sm.line(2)).isEqualTo("cd");
    assertThat(sm.line(3)).isEmpty();
    assertThat(sm.line(4)).isEqualTo("ef");
  }

  @Test
  void crlfLineEndings() {
    SourceMap sm = identity("ab\r\ncd\r\nef");
    assertThat(sm.lineCount()).isEqualTo(3);
    assertThat(sm.start(2)).isEqualTo(new Position(1, 3)); // CR
    assertThat(sm.start(3)).isEqualTo(new Position(1, 4)); // LF: still line 1, not an extra line
    assertThat(sm.start(4)).isEqualTo(new Position(2, 1));
    assertThat(sm.start(9)).isEqualTo(new Position(3, 2));
    assertThat(sm.line(1)).isEqualTo("ab");
    assertThat(sm.line(2)).isEqualTo("cd");
  }

  @Test
  void crLineEndings() {
    SourceMap sm = identity("ab\rcd\ref");
    assertThat(sm.lineCount()).isEqualTo(3);
    assertThat(sm.start(3)).isEqualTo(new Position(2, 1));
    assertThat(sm.start(7)).isEqualTo(new Position(3, 2));
    assertThat(sm.line(2)).isEqualTo("cd");
  }

  @Test
  void mixedLineEndings() {
    SourceMap sm = identity("a\r\nb\rc\nd");
    assertThat(sm.lineCount()).isEqualTo(4);
    assertThat(sm.start(3)).isEqualTo(new Position(2, 1)); // b
    assertThat(sm.start(5)).isEqualTo(new Position(3, 1)); // c
    assertThat(sm.start(7)).isEqualTo(new Position(4, 1)); // d
    assertThat(sm.line(2)).isEqualTo("b");
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() {
    // U+1F600 is two UTF-16 units but one column.
    String original = "x\n\uD83D\uDE00 hello \uD83D\uDE00!";
    SourceMap sm = identity(original);
    int h = original.indexOf("hello");
    assertThat(h).isEqualTo(5);
    assertThat(sm.start(h)).isEqualTo(new Position(2, 3));
    int bang = original.indexOf('!');
    assertThat(sm.start(bang)).isEqualTo(new Position(2, 10));
    assertThat(sm.positionOfOriginal(original.length())).isEqualTo(new Position(2, 11));
  }

  @Test
  void endIsExclusive() {
    String original = "one two\nthree";
    SourceMap sm = identity(original);
    assertThat(sm.end(new Span(4, 7))).isEqualTo(new Position(1, 8)); // "two" spans columns 5..7
    assertThat(sm.start(4)).isEqualTo(new Position(1, 5));
    assertThat(sm.end(new Span(8, 13))).isEqualTo(new Position(2, 6));
    assertThat(sm.end(new Span(4, 4))).isEqualTo(new Position(1, 5)); // empty span: its start
  }

  @Test
  void endAfterAnAstralCharacterCountsItOnce() {
    String original = "go \uD83D\uDE00 now";
    SourceMap sm = identity(original);
    // The span covering the emoji (two UTF-16 units) ends one column after it.
    assertThat(sm.start(3)).isEqualTo(new Position(1, 4));
    assertThat(sm.end(new Span(3, 5))).isEqualTo(new Position(1, 5));
    assertThat(sm.end(new Span(6, 9))).isEqualTo(new Position(1, 9));
  }

  @Test
  void mapsNormalisedOffsetsThroughTheTable() {
    // Normalised "a b" came from "a\n\n  b".
    SourceMap sm = new SourceMap("a\n\n  b", new int[] {0, 1, 5, 6});
    assertThat(sm.originalOffset(2)).isEqualTo(5);
    assertThat(sm.start(2)).isEqualTo(new Position(3, 3));
    assertThat(sm.end(new Span(2, 3))).isEqualTo(new Position(3, 4));
    assertThat(sm.original()).isEqualTo("a\n\n  b");
  }

  @Test
  void offsetsOutsideTheTableAreRejected() {
    SourceMap sm = identity("abc");
    assertThat(sm.originalOffset(3)).isEqualTo(3); // one past the end is allowed
    assertThatThrownBy(() -> sm.originalOffset(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> sm.originalOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
