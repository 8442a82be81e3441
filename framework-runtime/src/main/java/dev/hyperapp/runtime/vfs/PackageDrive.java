package dev.hyperapp.runtime.vfs;

import dev.hyperapp.annotations.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A drive of one package: a folder under the node's home. Every path is checked before use: it must
 * be relative, must not step out with {@code ..}, and must not reach outside through a symbolic link.
 * Writes replace a file atomically. In {@link #list} a folder's name ends with {@code /}.
 */
public final class PackageDrive implements Context.Drive {

  private static final Pattern DRIVE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final Path root;

  private PackageDrive(Path root) {
    this.root = root;
  }

  /**
   * The drive {@code name} of the package whose drives live in {@code packageFolder}.
   *
   * @throws IllegalArgumentException for a name other than {@code a-z 0-9 _ -}
   */
  public static PackageDrive open(Path packageFolder, String name) {
    if (name == null || !DRIVE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid drive name '" + name + "': use a-z, 0-9, '_' and '-', for example 'photos'");
    }
    Path root = packageFolder.resolve(name);
    try {
      Files.createDirectories(root);
      return new PackageDrive(root.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create drive " + root, e);
    }
  }

  @Override
  public Optional<byte[]> read(String path) {
    Path file = resolve(path);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }

  @Override
  public Optional<byte[]> read(String path, long offset, int length) {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException(
          "A part of a file needs an offset and a length of 0 or more, not " + offset + " and " + length);
    }
    Path file = resolve(path);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer part = ByteBuffer.allocate((int) Math.min(length, Math.max(0, channel.size() - offset)));
      // A read may return fewer bytes than asked: go on until the part is full or the file ends.
      while (part.hasRemaining()) {
        if (channel.read(part, offset + part.position()) < 0) {
          break;
        }
      }
      return Optional.of(part.hasRemaining() ? Arrays.copyOf(part.array(), part.position()) : part.array());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }

  @Override
  public void write(String path, byte[] content) {
    Path file = resolve(path);
    if (file.equals(root)) {
      throw new IllegalArgumentException("Cannot write to the drive's root: give a file path");
    }
    try {
      Files.createDirectories(file.getParent());
      resolve(path); // the folders just created are inside; check the whole path again
      Path temporary = Files.createTempFile(file.getParent(), ".write-", ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + path, e);
    }
  }

  @Override
  public boolean delete(String path) {
    Path file = resolve(path);
    if (file.equals(root)) {
      throw new IllegalArgumentException("Cannot delete the drive's root");
    }
    try {
      return Files.deleteIfExists(file);
    } catch (DirectoryNotEmptyException e) {
      throw new IllegalArgumentException("Folder " + path + " is not empty", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + path, e);
    }
  }

  @Override
  public List<String> list(String folder) {
    Path directory = resolve(folder);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      entries.forEach(entry -> {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".write-")) {
          names.add(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + folder, e);
    }
    names.sort(null);
    return names;
  }

  /** The file for {@code path}, after checking that it stays inside the drive. */
  private Path resolve(String path) {
    if (path == null) {
      throw new IllegalArgumentException("A drive path must not be null");
    }
    String normalised = path.replace('\\', '/');
    if (normalised.startsWith("/") || normalised.contains(":") || normalised.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "Drive path '" + path + "' must be relative, like photos/cat.png");
    }
    for (String segment : normalised.split("/")) {
      if (segment.equals("..")) {
        throw new IllegalArgumentException("Drive path '" + path + "' must not contain '..'");
      }
    }
    Path file = root.resolve(normalised).normalize();
    if (!file.startsWith(root) || !realPathOfNearestExisting(file).startsWith(root)) {
      throw new IllegalArgumentException("Drive path '" + path + "' leads outside the drive");
    }
    return file;
  }

  /**
   * Resolves symbolic links in the part of {@code file} that exists. A link that leads nowhere cannot
   * be checked, so it counts as leading outside.
   */
  private Path realPathOfNearestExisting(Path file) {
    Path existing = file;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    try {
      return existing == null ? file : existing.toRealPath().resolve(existing.relativize(file));
    } catch (IOException e) {
      return root.getRoot();
    }
  }
}
