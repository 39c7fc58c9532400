package org.copydesk.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.rules.support.SoundnessTexts;
import org.junit.jupiter.api.Test;

/**
 * Every pattern held in a constant of the rules and the shared analysis, searched through its start set (with its
 * prefixes read), finds exactly what {@link Matcher#find()} finds on the labelled texts and fixtures: the same first
 * match. {@link StartSet#found} searches these constants so, and a start set read wrongly from one of them (a
 * construct its reader gets wrong) would silently hide matches.
 */
class StartSetSoundnessTest {
  /** Every how many texts one is searched: all patterns on all texts take too long for every build. */
  private static final int SAMPLE = 6;

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
        Matcher plain = p.matcher(t);
        boolean found = plain.find();
        Matcher m = p.matcher(t);
        boolean skipped = set.find(m, t, 0);
        matches += found ? 1 : 0;
        if (found != skipped || found && (plain.start() != m.start() || plain.end() != m.end())) {
          wrong.add(p.pattern() + " in: " + t);
        }
      }
    }
    System.out.printf("start sets: %d constants, %d with a set, %d texts, %d matches%n", patterns.size(), withSet,
        texts.size(), matches);
    assertThat(wrong).isEmpty();
    assertThat(withSet).as("constants with a start set").isGreaterThan(200);
    assertThat(matches).as("the texts exercise the patterns").isGreaterThan(10_000);
  }

  /** The patterns in static fields of every class of the rules and of the core module's analysis and loaders. */
  private static List<Pattern> constants() throws IOException, ReflectiveOperationException {
    Set<Pattern> out = new LinkedHashSet<>();
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
          if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
            f.setAccessible(true);
            if (f.get(null) instanceof Pattern p) {
              out.add(p);
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
