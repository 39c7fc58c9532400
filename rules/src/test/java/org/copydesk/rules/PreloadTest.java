package org.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PreloadTest {
  @Test
  void loadsEveryClassItNames() {
    Preload.grammarsAndLexicons(); // a renamed class fails here, not silently in the background
    Preload.grammarsAndLexicons();
  }

  /**
   * The preload and the building of the rules, started together in a class loader of their own (so every class is
   * initialised afresh), finish: neither waits for a class the other is initialising while holding one it needs.
   * Run at three offsets between the two starts.
   */
  @Test
  void runsBesideTheBuildingOfTheRulesWithoutDeadlock() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    for (int delayMs : new int[] {0, 30, 120}) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        try (URLClassLoader fresh = new URLClassLoader(urls.toArray(URL[]::new),
            ClassLoader.getPlatformClassLoader())) {
          AtomicReference<Throwable> failure = new AtomicReference<>();
          Thread preload = new Thread(() -> {
            try {
              fresh.loadClass(Preload.class.getName()).getMethod("grammarsAndLexicons").invoke(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
              failure.set(e);
            }
          });
          preload.start();
          Thread.sleep(delayMs);
          Object pack = fresh.loadClass(BuiltinRules.class.getName()).getConstructor().newInstance();
          List<?> rules = (List<?>) pack.getClass().getMethod("rules").invoke(pack);
          preload.join();
          assertThat(failure.get()).isNull();
          assertThat(rules).hasSizeGreaterThan(10);
        }
      });
    }
  }
}
