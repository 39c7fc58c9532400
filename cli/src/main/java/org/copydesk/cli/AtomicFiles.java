package org.copydesk.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes files so that a reader sees the old content or the new, never a half-written file. */
final class AtomicFiles {
  /** Writes text into a writer. */
  interface Body {
    void write(Writer w) throws IOException;
  }

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
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
        // A temporary file is private (rw-------); the result should not be.
        Path from = permissionsFrom != null ? permissionsFrom : Files.exists(target) ? target : null;
        Files.setPosixFilePermissions(tmp, from != null ? Files.getPosixFilePermissions(from)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
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

  /** Flushes the directory entry of the rename; not every platform can open a directory, so best effort. */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Windows cannot open a directory; the rename itself is still atomic
    }
  }
}
