package org.countrystance.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.countrystance.config.InputColumns;

/**
 * Lists the input's Parquet files (names taken literally, each file once) and checks every file's
 * footer against the input contract before Spark reads anything: a truncated file, a missing
 * required column, a column whose type drifted or whose name is ambiguous is an {@link InputError}
 * naming the file and the column.
 */
public final class InputFiles {
  /** One input file with what identifies its version (for incremental runs). */
  public record InputFile(String path, long size, long modifiedAt) {}

  /** What a file's footer says: its rows, and an identity that survives a rename (a footer hash). */
  public record Footer(long rows, String id) {}

  /** The files, for each contract field present the kind of value it holds, and each file's footer. */
  public record Listing(List<InputFile> files, Map<String, InputContract.Kind> kinds, List<String> ignoredColumns,
      Map<String, Footer> footers) {
    /** The rows the files hold by their footers: what a run must read. */
    public long rows() {
      return footers.values().stream().mapToLong(Footer::rows).sum();
    }
  }

  private InputFiles() {}

  public static List<InputFile> list(String root, Configuration conf) {
    return InputWalk.list(root, conf);
  }

  /**
   * The Hadoop settings to read input files with: local files through the raw local file system.
   * Hadoop's checksummed one derives a ".name.crc" path by parsing a string, which fails for names
   * holding ':' (read as a URI scheme); input files written by scrapers have no .crc files anyway.
   */
  public static Map<String, String> literalReadOptions() {
    return Map.of("fs.file.impl", RawLocalFileSystem.class.getName(), "fs.file.impl.disable.cache", "true");
  }

  /**
   * The read options for files at {@code paths}: {@link #literalReadOptions} when every one is local, none
   * otherwise. On an object store ("s3a://...") they would only reach the store's file system, which
   * Hadoop caches per JVM: an executor's later writes to the store would then find a raw local file system
   * where they need the checksummed one for their buffer files, and fail.
   */
  public static Map<String, String> readOptions(List<String> paths) {
    for (String p : paths) {
      String scheme = new Path(p).toUri().getScheme();
      if (scheme != null && !scheme.equals("file")) {
        return Map.of();
      }
    }
    return literalReadOptions();
  }

  /** The Hadoop configuration to read the footers of {@code files} with: {@link #readOptions} over {@code conf}. */
  static Configuration readConf(Configuration conf, List<InputFile> files) {
    Configuration c = new Configuration(conf);
    readOptions(files.stream().map(InputFile::path).toList()).forEach(c::set);
    return c;
  }

  /** A listed path as Spark must be given it: its glob characters escaped, so it matches only itself. */
  public static String sparkPath(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 8);
    for (char c : path.toCharArray()) {
      if ("\\{}[]*?".indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }

  /** Reads every file's footer and checks it against the contract under the configured column names. */
  public static Listing check(List<InputFile> files, InputColumns columns, Configuration conf) {
    Configuration literal = readConf(conf, files);
    Map<String, InputContract.Kind> kinds = null;
    Map<String, Footer> footers = new LinkedHashMap<>();
    Map<String, String> byId = new java.util.HashMap<>();
    List<String> ignored = new ArrayList<>();
    for (InputFile f : files) {
      ParquetMetadata meta = footer(f.path(), literal);
      MessageType schema = meta.getFileMetaData().getSchema();
      Footer footer = new Footer(rows(meta), footerId(f.path(), literal));
      String copyOf = byId.putIfAbsent(footer.id(), f.path());
      if (copyOf != null) {
        throw new InputError("input files " + copyOf + " and " + f.path() + " are byte-identical copies"
            + " (same length and footer): refusing to read the same rows twice; remove one of them");
      }
      footers.put(f.path(), footer);
      Map<String, InputContract.Kind> fileKinds = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, String> e : columns.byField().entrySet()) {
        String field = e.getKey();
        String column = e.getValue();
        requireUnambiguous(f.path(), column, schema);
        if (!schema.containsField(column)) {
          if (InputContract.REQUIRED.contains(field)) missing.add(column);
          continue;
        }
        fileKinds.put(field, kindOf(f.path(), column, schema.getType(column), field));
      }
      if (!missing.isEmpty()) {
        throw new InputError("input file " + f.path() + " lacks required column(s) " + missing
            + "; expected " + requiredColumns(columns) + ", found " + fieldNames(schema)
            + " (map other names with input.columns.*)");
      }
      if (kinds == null) {
        kinds = fileKinds;
        for (Type t : schema.getFields()) {
          if (!columns.byField().containsValue(t.getName())) ignored.add(t.getName());
        }
      } else if (!kinds.equals(fileKinds)) {
        throw new InputError("input file " + f.path() + ": " + drift(kinds, fileKinds, columns, files.get(0).path())
            + ": the input's schema drifted");
      }
    }
    if (kinds == null) throw new InputError("no Parquet files found in the input path");
    return new Listing(files, kinds, ignored, footers);
  }

  /** Spark matches column names ignoring case: 'text' beside 'Text' would fail deep inside a read. */
  private static void requireUnambiguous(String file, String column, MessageType schema) {
    List<String> same = new ArrayList<>();
    for (Type t : schema.getFields()) {
      if (t.getName().equalsIgnoreCase(column)) same.add(t.getName());
    }
    if (same.size() > 1) {
      throw new InputError("input file " + file + ": column '" + column + "' is ambiguous: the file has columns "
          + same + ", which differ only in case (Spark reads column names ignoring case); rename or drop all but one");
    }
  }

  private static long rows(ParquetMetadata meta) {
    long n = 0;
    for (BlockMetaData b : meta.getBlocks()) n += b.getRowCount();
    return n;
  }

  /** Which columns differ from the first file, by name: "column 'x' is timestamp here but string in f". */
  private static String drift(Map<String, InputContract.Kind> first, Map<String, InputContract.Kind> file,
      InputColumns columns, String firstFile) {
    List<String> out = new ArrayList<>();
    java.util.Set<String> fields = new java.util.TreeSet<>(first.keySet());
    fields.addAll(file.keySet());
    for (String field : fields) {
      InputContract.Kind a = first.get(field);
      InputContract.Kind b = file.get(field);
      if (a == b) continue;
      out.add("column '" + columns.byField().get(field) + "' is " + (b == null ? "absent" : b.name().toLowerCase())
          + " here but " + (a == null ? "absent" : a.name().toLowerCase()) + " in " + firstFile);
    }
    return String.join("; ", out);
  }

  private static ParquetMetadata footer(String file, Configuration conf) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
      return reader.getFooter();
    } catch (IOException | RuntimeException e) {
      throw new InputError("input file " + file + " is not a readable Parquet file (truncated or corrupt?): "
          + e.getMessage(), e);
    }
  }

  /** A hash of the file's length and footer bytes: the same for a renamed or copied file, cheap to read. */
  private static String footerId(String file, Configuration conf) {
    Path p = new Path(file);
    try {
      FileSystem fs = p.getFileSystem(conf);
      long len = fs.getFileStatus(p).getLen();
      try (FSDataInputStream in = fs.open(p)) {
        byte[] tail = new byte[8];
        in.readFully(len - 8, tail);
        int footerLen = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] footer = new byte[footerLen];
        in.readFully(len - 8 - footerLen, footer);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(ByteBuffer.allocate(8).putLong(len).array());
        return HexFormat.of().formatHex(sha.digest(footer), 0, 8);
      }
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      throw new InputError("input file " + file + ": cannot read its footer: " + e.getMessage(), e);
    }
  }

  private static InputContract.Kind kindOf(String file, String column, Type type, String field) {
    InputContract.Kind kind = null;
    if (type.isPrimitive()) {
      PrimitiveType p = type.asPrimitiveType();
      LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
      switch (p.getPrimitiveTypeName()) {
        case BINARY -> {
          if (a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
              || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
              || a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) kind = InputContract.Kind.STRING;
        }
        case INT96 -> kind = InputContract.Kind.TIMESTAMP;
        case INT64 -> {
          if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
            kind = t.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS
                ? InputContract.Kind.TIMESTAMP_NANOS : InputContract.Kind.TIMESTAMP;
          }
        }
        case INT32 -> {
          if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) kind = InputContract.Kind.DATE;
        }
        default -> { }
      }
    }
    if (kind == null || !InputContract.allowedKinds(field).contains(kind)) {
      throw new InputError("input file " + file + ": column '" + column + "' (" + field + ") has type "
          + type.toString().trim() + "; expected " + InputContract.allowedKinds(field).toString().toLowerCase());
    }
    return kind;
  }

  private static List<String> requiredColumns(InputColumns columns) {
    List<String> out = new ArrayList<>();
    columns.byField().forEach((f, c) -> { if (InputContract.REQUIRED.contains(f)) out.add(c); });
    return out;
  }

  private static List<String> fieldNames(MessageType schema) {
    List<String> out = new ArrayList<>();
    for (Type t : schema.getFields()) out.add(t.getName());
    return out;
  }
}
