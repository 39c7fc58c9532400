package org.copydesk.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.rules.support.LazyRegex;
import org.copydesk.rules.support.NarrowedPattern;
import org.copydesk.rules.support.SoundnessTexts;
import org.junit.jupiter.api.Test;

/**
 * Every pattern held in a constant of the rules and the shared analysis (a {@code Pattern} field, a list of them, a
 * catalogue of records holding one, compiled or on first use), searched through its start set (with its prefixes
 * read), finds exactly what {@link Matcher#find()} finds on the labelled texts and fixtures: every match, with the
 * same groups. {@link StartSet#found}, {@link StartSet#first} and {@link StartSet#search} search these patterns so,
 * and a start set read wrongly from one of them (a construct its reader gets wrong) would silently hide matches.
 */
class StartSetSoundnessTest {
  /** Every how many texts one is searched: all patterns on all texts take too long for every build. */
  private static final int SAMPLE = 10;

  @Test
  void everyConstantPatternFindsWhatFindFinds() throws Exception {
    List<Pattern> patterns = constants();
    List<String> texts = new ArrayList<>();
    List<String> all = SoundnessTexts.all();
    for (int i = 0; i < all.size(); i += SAMPLE) {
      texts.add(all.get(i));
    }
    int withSet = 0;
    long matches = 0;
    List<String> wrong = new ArrayList<>();
    for (Pattern p : patterns) {
      StartSet set = StartSet.of(p);
      if (set == null) {
        continue;
      }
      withSet++;
      set.hasPrefixes(); // read them now, not after the searches that wait for them
      for (String t : texts) {
        List<String> plain = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
          plain.add(describe(m));
        }
        List<String> skipping = new ArrayList<>();
        StartSet.Search search = StartSet.search(set, p.matcher(t), t);
        while (search.next()) {
          skipping.add(describe(search.matcher()));
        }
        matches += plain.size();
        if (!plain.equals(skipping)) {
          wrong.add(p.pattern() + " in: " + t);
        }
      }
    }
    System.out.printf("start sets: %d constant patterns, %d with a set, %d texts, %d matches%n", patterns.size(),
        withSet, texts.size(), matches);
    assertThat(wrong).isEmpty();
    assertThat(withSet).as("constants with a start set").isGreaterThan(400);
    assertThat(matches).as("the texts exercise the patterns").isGreaterThan(10_000);
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append(' ').append(m.start(g)).append(':').append(m.end(g));
    }
    return b.toString();
  }

  /**
   * Every narrowed pattern in a constant ({@link NarrowedPattern}) gives the matches of the whole pattern with the
   * pattern it chooses for each text: its mark is in every text where the alternatives it leaves out could match.
   */
  @Test
  void everyNarrowedPatternFindsWhatTheWholePatternFinds() throws Exception {
    List<NarrowedPattern> narrowed = new ArrayList<>();
    for (Object value : staticValues()) {
      if (value instanceof NarrowedPattern n) {
        narrowed.add(n);
      }
    }
    List<String> texts = new ArrayList<>(SoundnessTexts.all());
    // what the left-out alternatives match ("dit-il", "dreifach so viele"), so that the whole patterns are needed
    texts.addAll(List.of("« Nous y sommes », a-t-il dit.", "Le chiffre, estime-t-on, est faux.",
        "Es sind dreifach so viele wie 2010.", "Die Kosten sind zehnfach so hoch."));
    List<String> wrong = new ArrayList<>();
    int whole = 0;
    for (NarrowedPattern n : narrowed) {
      for (String t : texts) {
        Pattern chosen = n.in(t);
        whole += chosen == n.full() ? 1 : 0;
        List<String> expected = new ArrayList<>();
        Matcher m = n.full().matcher(t);
        while (m.find()) {
          expected.add(describe(m));
        }
        List<String> found = new ArrayList<>();
        m = chosen.matcher(t);
        while (m.find()) {
          found.add(describe(m));
        }
        if (!expected.equals(found)) {
          String shown = n.full().pattern();
          wrong.add(shown.substring(0, Math.min(60, shown.length())) + "… in: " + t);
        }
      }
    }
    assertThat(narrowed).as("narrowed constants").hasSizeGreaterThanOrEqualTo(2);
    assertThat(whole).as("texts that need the whole pattern").isGreaterThanOrEqualTo(4);
    assertThat(wrong).isEmpty();
  }

  /**
   * The patterns in static fields of every class of the rules and of the core module: fields of type
   * {@code Pattern}, {@code LazyRegex} or {@code NarrowedPattern}, and lists of them or of records holding them (the
   * catalogues).
   */
  private static List<Pattern> constants() throws IOException, ReflectiveOperationException {
    Set<Pattern> out = new LinkedHashSet<>();
    for (Object value : staticValues()) {
      collect(value, out, 0);
    }
    return List.copyOf(out);
  }

  /** The values of the static fields of every class of the rules and of the core module. */
  private static List<Object> staticValues() throws IOException, ReflectiveOperationException {
    List<Object> out = new ArrayList<>();
    for (Path root : List.of(Path.of("target", "classes"), Path.of("..", "core", "target", "classes"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> classes;
      try (Stream<Path> files = Files.walk(root)) {
        classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
      }
      for (Path c : classes) {
        String name = root.relativize(c).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$",
            "");
        Class<?> type = Class.forName(name, true, StartSetSoundnessTest.class.getClassLoader());
        for (Field f : type.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.getType().isPrimitive()) {
            f.setAccessible(true);
            out.add(f.get(null));
          }
        }
      }
    }
    return out;
  }

  /**
   * Adds the patterns {@code value} is or holds: a pattern, a lazily compiled one, both forms of a narrowed one, a
   * list, a record.
   */
  private static void collect(Object value, Set<Pattern> out, int depth) throws ReflectiveOperationException {
    if (value instanceof Pattern p) {
      out.add(p);
    } else if (value instanceof NarrowedPattern n) {
      out.add(n.full());
      out.add(n.narrow());
    } else if (value instanceof LazyRegex lazy) {
      out.add(lazy.pattern());
    } else if (value instanceof List<?> list && depth < 2) {
      for (Object e : list) {
        collect(e, out, depth + 1);
      }
    } else if (value != null && value.getClass().isRecord() && depth < 2) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        rc.getAccessor().setAccessible(true);
        collect(rc.getAccessor().invoke(value), out, depth + 1);
      }
    }
  }
}
