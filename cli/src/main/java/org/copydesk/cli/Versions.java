package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Copydesk's version from the build, for {@code --version} and reports. */
final class Versions implements CommandLine.IVersionProvider {
  static final String VERSION = load();

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/copydesk/cli/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"copydesk " + VERSION};
  }
}
