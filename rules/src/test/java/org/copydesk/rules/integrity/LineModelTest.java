package org.copydesk.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The line model's resource: built with the rules, and read back exactly as written. */
class LineModelTest {
  @Test
  void theBuildShipsAModel() {
    for (LineModel.Kind kind : LineModel.Kind.values()) {
      assertThat(LineModel.built(kind)).as(kind.fileName() + ", trained in process-classes (docs/integrity.md)")
          .isNotNull();
    }
  }

  @Test
  void weightsRoundTripAndDamageIsRefused() throws IOException {
    float[] weights = new float[LineFeatures.DIMENSION + 1];
    weights[1] = 0.5f;
    weights[LineFeatures.DIMENSION] = -2.25f;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LineModel(weights).write(out);
    LineModel back = LineModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.probability(new int[] {1, LineFeatures.DIMENSION}))
        .isEqualTo(new LineModel(weights).probability(new int[] {1, LineFeatures.DIMENSION}));
    assertThat(back.probability(new int[] {2})).isEqualTo(0.5);
    byte[] truncated = Arrays.copyOf(out.toByteArray(), out.size() - 3);
    assertThatThrownBy(() -> LineModel.read(new ByteArrayInputStream(truncated))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> LineModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void featuresAreSortedDistinctAndInRange() throws Exception {
    org.copydesk.article.Article article = org.copydesk.article.Articles.parse("Ferry timetable changes\n\n"
        + "Home | News | Sport\n\nThe island ferry will run two extra sailings on Saturdays from June, the operator "
        + "said on Tuesday, after complaints about the last boat.\n\n3 min read · 12 comments",
        org.copydesk.article.Format.TEXT, "t");
    java.util.List<org.copydesk.article.Block> blocks = article.contentBlocks();
    int[][] features = LineFeatures.of(blocks, new boolean[blocks.size()]);
    assertThat(features.length).isEqualTo(blocks.size());
    for (int[] f : features) {
      assertThat(f).isNotEmpty().isSorted().doesNotHaveDuplicates();
      assertThat(f[0]).isGreaterThanOrEqualTo(1);
      assertThat(f[f.length - 1]).isLessThanOrEqualTo(LineFeatures.DIMENSION);
    }
  }

  @Test
  void aPublishersOwnNameIsAMastheadAndNeverResidue() throws Exception {
    java.util.List<org.copydesk.article.Block> blocks = org.copydesk.article.Articles.parse(
        "Highdale Mercury\n\nLe Progrès de l'Ain-Sud\n\nJornal da Serra\n\nSign up to The Times\n\n"
            + "Post Comment\n\nAktuelle Nachrichten\n\nThe Times reported the closure on Monday.\n",
        org.copydesk.article.Format.MARKDOWN, "mastheads").contentBlocks();
    assertThat(blocks.stream().map(LineModel::masthead).toList())
        .containsExactly(true, true, true, false, false, false, false);
  }

  @Test
  void theHeadlineIsThePlainTitleUnderAnAdvertisersLine() throws Exception {
    // in Markdown without a "#" title, where the line above the headline is the models' to judge
    String prose = "\n\nDe versterking van de dijk tussen Oosterzande en het gehucht Klein Rietveld loopt minstens "
        + "twee jaar vertraging op, zegt het waterschap na onderzoek van de grond.";
    java.util.List<org.copydesk.article.Block> blocks = blocks("Bouwbedrijf Van den Heuvel B.V. | Nieuwbouw · "
        + "Verbouw\n\nDijkversterking bij Oosterzande twee jaar vertraagd\n\nDoor Henk-Jan Sluiter" + prose);
    assertThat(blocks.get(0).type()).isNotEqualTo(org.copydesk.article.BlockType.TITLE);
    assertThat(LineModel.headline(blocks, new boolean[blocks.size()])).isEqualTo(1);
    // a kicker with a colon is the headline's own, above a standfirst with or without a full stop
    blocks = blocks("Brexit: what comes next for the ports\n\nHauliers brace for years of new checks at Dover"
        + prose);
    assertThat(LineModel.headline(blocks, new boolean[blocks.size()])).isZero();
    blocks = blocks("Brexit: what comes next for the ports\n\nBy Jane Smith" + prose);
    assertThat(LineModel.headline(blocks, new boolean[blocks.size()])).isZero();
  }

  private static java.util.List<org.copydesk.article.Block> blocks(String text) throws Exception {
    return org.copydesk.article.Articles.parse(text, org.copydesk.article.Format.MARKDOWN, "t").contentBlocks();
  }
}
