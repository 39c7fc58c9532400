package org.copydesk.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees the old content or the new, never a half-written file.
 *
 * <p>The temporary file is named {@code .NAME.copydesk-PID.RANDOM.tmp} after the target and the writing
 * process. A process killed before its rename leaves one behind; the next write into that directory removes
 * those whose process is no longer running (once per directory and run).
 */
final class AtomicFiles {
  /** Writes text into a writer. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  /** Test-only: called halfway through writing a temporary file, before the rest is written and renamed. */
  interface MidWrite {
    void reached(Path target, Path tmp);
  }

  /** Our temporary files: {@code .NAME.copydesk-PID.RANDOM.tmp}; group 1 is the writer's process id. */
  static final Pattern TEMP_NAME = Pattern.compile("\\..*\\.copydesk-(\\d+)\\.\\d+\\.tmp", Pattern.DOTALL);
  /** Characters of the target's name kept in a temporary file's name, so that it stays within name limits. */
  private static final int NAME_CHARS = 64;
  private static final long PID = ProcessHandle.current().pid();
  /** Directories already swept of stale temporary files by this process. */
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  /** Test-only hook (see {@code KillMidWriteTest}); {@code null} in every real run. */
  static volatile MidWrite midWrite;

  private AtomicFiles() {}

  /**
   * Writes the text {@code body} produces, as UTF-8, atomically. A file that exists keeps its permissions; a new
   * one is readable by all and writable by its owner ({@code rw-r--r--}), as a report or baseline should be.
   */
  static void write(Path target, Body body) throws IOException {
    StringWriter text = new StringWriter();
    body.write(text);
    write(target, text.toString().getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * Writes {@code bytes} to a temporary file in {@code target}'s directory, flushes it to disk, then renames it
   * over {@code target} in one step. On failure the temporary file is removed and {@code target} is untouched.
   *
   * @param permissionsFrom a file whose POSIX permissions the new file gets (a temporary file is private), or
   *     {@code null}
   */
  static void write(Path target, byte[] bytes, Path permissionsFrom) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a directory"); // a rename would replace an empty directory
    }
    if (Files.isSymbolicLink(target)) {
      // write where the link leads, and keep the link (a rename over it would replace it with a file)
      Path to = Files.readSymbolicLink(target);
      target = target.toAbsolutePath().resolveSibling(to).normalize();
      if (Files.exists(target)) {
        target = target.toRealPath();
      }
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // a device or a pipe (/dev/stdout, /dev/null, a FIFO): written to, never replaced
      Files.write(target, bytes);
      return;
    }
    Path dir = target.toAbsolutePath().getParent();
    if (SWEPT.add(dir)) {
      removeStale(dir);
    }
    String name = target.getFileName().toString();
    if (name.length() > NAME_CHARS) {
      name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, NAME_CHARS)));
    }
    Path tmp = Files.createTempFile(dir, "." + name + ".copydesk-" + PID + ".", ".tmp");
    try {
      if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
        // A temporary file is private (rw-------); the result should not be.
        Path from = permissionsFrom != null ? permissionsFrom : Files.exists(target) ? target : null;
        Files.setPosixFilePermissions(tmp, from != null ? Files.getPosixFilePermissions(from)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        MidWrite hook = midWrite;
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, hook == null ? bytes.length : bytes.length / 2);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        if (hook != null) {
          ch.force(true); // the half written so far is on disk, as a killed writer would leave it
          hook.reached(target, tmp);
          buf.limit(bytes.length);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    syncDirectory(dir);
  }

  /**
   * Removes the temporary files of writers that were killed before their rename: ours by name, from a process
   * that is no longer running. A file of a running process, or one this process cannot delete, stays; best effort.
   */
  static void removeStale(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> stalePid(f) != null)) {
      for (Path f : files) {
        try {
          Long pid = stalePid(f);
          if (pid != null && pid != PID && ProcessHandle.of(pid).isEmpty()) {
            Files.deleteIfExists(f);
          }
        } catch (IOException | RuntimeException e) {
          // someone else's file, or gone already: leave it
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable directory: the write itself will say so if it matters
    }
  }

  /** The process id in one of our temporary files' names, or {@code null} for any other file. */
  private static Long stalePid(Path f) {
    Path name = f.getFileName();
    Matcher m = name == null ? null : TEMP_NAME.matcher(name.toString());
    if (m == null || !m.matches() || !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Flushes the directory entry of the rename; not every platform can open a directory, so best effort. */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Windows cannot open a directory; the rename itself is still atomic
    }
  }
}
