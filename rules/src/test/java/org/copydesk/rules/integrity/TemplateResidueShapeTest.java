package org.copydesk.rules.integrity;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Residue found by its shape and by the residue above it, in any language. */
class TemplateResidueShapeTest {
  private static final String STORY = "Bridge reopens\n\nThe old bridge reopened to traffic on Monday after eight "
      + "months of repairs, the county said, and buses will return to their usual route next week.\n\n";

  @Test
  void flagsFurnitureByShape() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Condividi su: Facebook | X | WhatsApp>>")
        .expect(STORY + "<<Home » Local » Transport>>")
        .expect(STORY + "<<1.284 Aufrufe>>")
        .expect(STORY + "<<Nome *>>")
        .expect(STORY + "<<We use cookies to improve your experience. Accept | Reject>>")
        .check();
  }

  @Test
  void flagsTheLinesThatBelongToResidueAbove() {
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Related Articles>>\n<<Council approves new parking rules for the centre>>\n"
            + "<<Why the ferry timetable is changing again this spring>>")
        .expect(STORY + "<<Laisser un commentaire>>\n<<Commentaire>>\n<<Site web>>")
        .check();
  }

  @Test
  void aCatalogueLineAboveTheHeadlineIsFurnitureButAHeadlineIsNot() {
    String body = "The old bridge reopened to traffic on Monday after eight months of repairs, the county said, and "
        + "buses will return to their usual route next week.\n";
    RuleTester.of(new TemplateResidue())
        // scraped plain text whose first line is the post's category row, the headline right under it
        .expect("<<Publicado en Tráfico, Local>>\nEl puente viejo reabre al tráfico tras ocho meses de obras\n" + body)
        .expect("<<Posted in Transport, Local>>\nOld bridge reopens to traffic after eight months of repairs\n" + body)
        // a headline that opens with catalogue words, with the body under it, stays the headline
        .expectNothing("Posted in the wrong place: council admits bridge signs misled drivers\n" + body)
        .check();
  }

  @Test
  void leavesStoryLinesAlone() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Attendance: 14,212")
        .expectNothing(STORY + "Back to the top of the table")
        .expectNothing(STORY + "Share this information, please?")
        .check();
    // the header is residue; the catalogue takes a two-word product line under it for the story's (a deals list, as
    // in real copy), but the line model reads a short line right under a related header as a title, as the labelling
    // conventions do; a product feature line is left alone, and a credit is never residue
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Related Articles>>\n<<Apple AirPods>>\nAutomatically on, automatically connected\n\n"
            + "The wireless earbuds are down to their lowest price of the year, and the charging case is discounted "
            + "as well for the rest of the week.")
        .expect(STORY + "<<Sign up for our newsletter>>\n(Reporting by Luis Amaro; Editing by Jana Fielding)")
        // a telephone number the story gives is a contact, wherever it stands; a whole sentence below the story is
        // not the line model's to judge
        .expectNothing(STORY + "Bookings\n\n02-751-1500")
        .expectNothing(STORY + "As an AI language model, I cannot verify these figures.")
        .check();
  }

  @Test
  void aTableTheStoryKeepsInPlainTextIsNoMenu() {
    RuleTester.of(new TemplateResidue())
        .expectNothing(STORY + "Mesa | Pareja | Puntos\n1 | Fernández – Outeiral | 12\n2 | Lamas – Rivas | 10\n"
            + "3 | Couceiro – Pazos | 7")
        .expectNothing(STORY + "Name | Suggested by | Reason\nLeck Crossing | Several residents | Simple and "
            + "descriptive\nMary Oldroyd Bridge | Ashby Fold History Society | After the town's first woman mayor\n"
            + "The Heron Bridge | Year 5, St Wilfrid's Primary | Herons nest downstream")
        .check();
    // menus stay menus, however many rows they have and however long an item; so does a pager beside a menu
    RuleTester.of(new TemplateResidue())
        .expect(STORY + "<<Home | News | Sport | Business | Contact>>\n<<About | Terms | Privacy | Cookies | Jobs>>")
        .expect(STORY + "<<Home | Local News | Sport | Things To Do>>\n<<Weather | Traffic and Travel | Jobs | "
            + "Contact>>")
        .expect(STORY + "<<Previous | 1 | 2 | 3 | Next>>\n<<News | Sport | Video | 2024 | Contact>>")
        .check();
  }
}
