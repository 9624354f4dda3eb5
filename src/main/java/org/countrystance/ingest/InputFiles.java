package org.countrystance.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.countrystance.config.InputColumns;

/**
 * Lists the input's Parquet files and checks every file's footer against the input contract before
 * Spark reads anything: a truncated file, a missing required column or a column whose type drifted
 * is an {@link InputError} naming the file and the column.
 */
public final class InputFiles {
  /** One input file with what identifies its version (for incremental runs). */
  public record InputFile(String path, long size, long modifiedAt) {}

  /** The files, and for each contract field present, the kind of value it holds. */
  public record Listing(List<InputFile> files, Map<String, InputContract.Kind> kinds, List<String> ignoredColumns) {}

  private InputFiles() {}

  public static List<InputFile> list(String root, Configuration conf) {
    try {
      Path path = new Path(root);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) throw new InputError("input path " + root + " does not exist");
      List<InputFile> files = new ArrayList<>();
      if (fs.getFileStatus(path).isFile()) {
        FileStatus s = fs.getFileStatus(path);
        files.add(new InputFile(s.getPath().toString(), s.getLen(), s.getModificationTime()));
      } else {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          LocatedFileStatus s = it.next();
          if (isHidden(path, s.getPath())) continue;
          files.add(new InputFile(s.getPath().toString(), s.getLen(), s.getModificationTime()));
        }
      }
      files.sort(Comparator.comparing(InputFile::path));
      return files;
    } catch (IOException e) {
      throw new InputError("cannot list input path " + root + ": " + e.getMessage(), e);
    }
  }

  /** Names starting with '_' or '.' (Spark's _SUCCESS, .crc files, _temporary) are not data. */
  private static boolean isHidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith("_") || n.startsWith(".")) return true;
    }
    return false;
  }

  /** Reads every file's footer and checks it against the contract under the configured column names. */
  public static Listing check(List<InputFile> files, InputColumns columns, Configuration conf) {
    Map<String, InputContract.Kind> kinds = null;
    List<String> ignored = new ArrayList<>();
    for (InputFile f : files) {
      MessageType schema = footerSchema(f.path(), conf);
      Map<String, InputContract.Kind> fileKinds = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, String> e : columns.byField().entrySet()) {
        String field = e.getKey();
        String column = e.getValue();
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
    return new Listing(files, kinds, ignored);
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

  private static MessageType footerSchema(String file, Configuration conf) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
      return reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException | RuntimeException e) {
      throw new InputError("input file " + file + " is not a readable Parquet file (truncated or corrupt?): "
          + e.getMessage(), e);
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
          if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) kind = InputContract.Kind.TIMESTAMP;
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
