package org.countrystance.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Walks the input folder itself, taking every name literally (no glob patterns), and refuses a
 * folder reached twice (a symlink loop, or two links to one folder) and a file listed twice (a
 * symlink or hard link to a file already listed): either would read the same rows more than once.
 */
final class InputWalk {
  private final FileSystem fs;
  private final boolean local;
  /** Identity (device and inode locally, resolved path elsewhere) to the path it was first reached by. */
  private final Map<Object, Path> folders = new HashMap<>();
  private final Map<Object, Path> files = new HashMap<>();
  private final List<InputFiles.InputFile> out = new ArrayList<>();

  private InputWalk(FileSystem fs) {
    this.fs = fs;
    this.local = "file".equals(fs.getUri().getScheme());
  }

  static List<InputFiles.InputFile> list(String root, Configuration conf) {
    try {
      Path path = new Path(root);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) throw new InputError("input path " + root + " does not exist");
      InputWalk walk = new InputWalk(fs);
      FileStatus top = fs.getFileStatus(path);
      if (top.isFile()) {
        walk.file(top);
      } else {
        walk.folder(top.getPath());
      }
      walk.out.sort(Comparator.comparing(InputFiles.InputFile::path));
      return walk.out;
    } catch (IOException e) {
      throw new InputError("cannot list input path " + root + ": " + e.getMessage(), e);
    }
  }

  private void folder(Path dir) throws IOException {
    Path first = folders.putIfAbsent(identity(dir), dir);
    if (first != null) {
      throw new InputError("input folder " + dir + " is the folder " + first
          + " reached a second time (a symlink loop, or two links to one folder): its files would be read twice");
    }
    FileStatus[] children = fs.listStatus(dir);
    java.util.Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus s : children) {
      String name = s.getPath().getName();
      // Names starting with '_' or '.' are not data: Spark's _SUCCESS, .crc files, _temporary.
      if (name.startsWith("_") || name.startsWith(".")) continue;
      if (s.isDirectory()) {
        folder(s.getPath());
      } else {
        file(s);
      }
    }
  }

  private void file(FileStatus s) throws IOException {
    Path first = files.putIfAbsent(identity(s.getPath()), s.getPath());
    if (first != null) {
      throw new InputError("input file " + s.getPath() + " is the same file as " + first
          + " (a symlink or hard link): refusing to read its rows twice; remove one of the two names");
    }
    out.add(new InputFiles.InputFile(s.getPath().toString(), s.getLen(), s.getModificationTime()));
  }

  /**
   * What makes two names the same file or folder: on the local file system the file key (device
   * and inode, so hard links and symlinks both count), elsewhere the path with symlinks resolved.
   */
  private Object identity(Path p) throws IOException {
    if (local) {
      java.nio.file.Path nio = java.nio.file.Path.of(p.toUri());
      BasicFileAttributes a = Files.readAttributes(nio, BasicFileAttributes.class);
      Object key = a.fileKey();
      return key != null ? key : nio.toRealPath().toString();
    }
    return fs.resolvePath(p).toString();
  }
}
