package org.copydesk.rules.provenance;

import org.copydesk.article.Format;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DanglingAttributionTest {
  private static final String STORY = "Talks\n\nThe two unions will resume talks with the rail operator in May, "
      + "officials said on Friday.\n\n";

  @Test
  void flagsAttributionThatPointsNowhere() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "This message was <<taken from this source>> and rewritten by artificial intelligence.")
        .expect(STORY + "<<According to the original report>>, the talks broke down over pay.")
        .expect(STORY + "<<Read the full story at the link below>>.")
        .expect(STORY + "Artículo reescrito <<a partir de esta fuente>>.")
        .expect(STORY + "<<According to the original report>>, the Hollis plant will close in June.")
        .check();
  }

  @Test
  void grammarFindsPointersThatEndTheSentenceInManyLanguages() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "<<More at the source>>.")
        .expect(STORY + "Details at <<the link below>>.")
        .expect(STORY + "<<Plus d'informations à la source>>.")
        .expect(STORY + "<<Подробности — по ссылке в источнике>>.")
        .expect(STORY + "<<Źródło: link powyżej>>")
        .expect(STORY + "<<Mehr dazu in der Quelle>>.")
        .check();
  }

  @Test
  void sourceLabelsThatPointToTheOriginal() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "<<Quelle: siehe Originalartikel.>>")
        .expect(STORY + "<<Fonte: articolo originale>>")
        .check();
  }

  @Test
  void accordingToTheSourceNeedsNoEarlierSource() {
    RuleTester.of(new DanglingAttribution())
        .expect("Jobs\n\nThe retailer plans to cut 140 jobs at its headquarters, <<according to the source>>.")
        // an anonymous person introduced earlier is the source the phrase refers back to
        .expectNothing("Talks\n\nA person familiar with the talks told the Ledger they would resume in May.\n\n"
            + "According to the source, the two sides are close to a deal.")
        .check();
  }

  @Test
  void grammarNeedsThePointerToEndTheSentence() {
    RuleTester.of(new DanglingAttribution())
        .expectNothing(STORY + "Researchers want to learn more about the link between diet and sleep.")
        .expectNothing(STORY + "More details on the link between the two unions emerged on Friday.")
        .expectNothing(STORY + "Source: Link Capital Partners annual report.")
        .expectNothing(STORY + "According to the original report, Reuters, the talks broke down over pay.")
        .check();
  }

  @Test
  void staysQuietWhenTheSourceIsNamedOrLinked() {
    RuleTester.of(new DanglingAttribution())
        .expectNothing(STORY + "According to the original report by Reuters, the talks broke down over pay.")
        .expectNothing(STORY + "Read the full story at the link below:\n\nhttps://example.org/talks")
        .expectNothing("The Gazette first reported on Friday that the branch would close. According to the "
            + "original report, the bank blamed falling demand.")
        .check();
    RuleTester.of(new DanglingAttribution())
        .format(Format.MARKDOWN)
        .expectNothing("# Talks\n\nAccording to the [original report](https://example.org/talks), the talks broke "
            + "down over pay.\n")
        .check();
  }

  @Test
  void aPointerWithAParticipleBeforeAboveOrBelow() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "<<More at the source linked above>>.")
        .expect(STORY + "<<Więcej szczegółów w źródle wskazanym poniżej>>.")
        .check();
  }

  @Test
  void aBodyDescribedAfterThePointerIsASource() {
    RuleTester.of(new DanglingAttribution())
        .expectNothing(STORY + "Prices fell 3%, the original report by the state statistics office found.")
        .expectNothing(STORY + "Selon le rapport initial de la cour régionale des comptes de Lorvan, le chantier a "
            + "dérapé.")
        .expect(STORY + "<<According to the original report>>, prices fell 3% in the year to June.")
        .check();
  }

  @Test
  void thisSourceInTheObliqueCasesAndTheOriginalRelease() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "Der Text entstand auf Grundlage <<dieser Quelle>>.")
        .expect(STORY + "Informació extreta <<d'aquesta font>>.")
        .expect(STORY + "Details are in <<the original press release>>.")
        .expectNothing(STORY + "Prices fell 3%, according to the original report published by AFP on Sunday.")
        .check();
  }

  @Test
  void readItHereAndTheAforementionedReport() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "<<Les hele saken her>>.")
        .expect(STORY + "Read the full original report <<via the link below>>.")
        .expect("Limits\n\nThe council will cut the speed limit to 20 mph from October.\n\n"
            + "<<According to the aforementioned report>>, injuries could fall by a fifth.")
        .expect(STORY + "Wie <<im Originalbericht>> zu lesen ist, fehlt ein Nachfolger.")
        // a person quoted before is not the report the pointer means; a report named before is
        .expect(STORY + "The manager, Ana Ruiz, said cash would still be accepted. <<Read the full story at the link "
            + "below>>.")
        .expectNothing(STORY + "The audit office published a report on Monday. According to the aforementioned "
            + "report, the works ran 40% over budget.")
        .check();
  }

  @Test
  void readAndHereWordsOfDifferentLanguagesDoNotMeet() {
    RuleTester.of(new DanglingAttribution())
        .expectNothing(STORY + "Les prix ont augmenté hier.")
        .expectNothing(STORY + "La police les a arrêtés hier.")
        .expectNothing(STORY + "He read the letter to her.")
        .expect(STORY + "<<Läs hela artikeln här>>.")
        .check();
  }

  @Test
  void publishedByTheSourceAndTheSourceCited() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "This story was <<originally published by the source>> and is republished here in full.")
        .expect(STORY + "Con información <<de la fuente citada>>.")
        .expect(STORY + "Lees het volledige artikel <<via de bron hierboven>>.")
        .check();
  }

  @Test
  void aLinkWordWithNothingLinkedAndTheSameSource() {
    RuleTester.of(new DanglingAttribution())
        .expect(STORY + "Więcej informacji znajdziecie <<pod tym linkiem>>.")
        .expectNothing("Kazı\n\nAnadolu Ajansı'nın haberine göre kazıda bir hamam kalıntısı bulundu. Aynı kaynağa göre "
            + "çalışmalar eylül sonuna kadar sürecek.")
        .check();
  }
}
