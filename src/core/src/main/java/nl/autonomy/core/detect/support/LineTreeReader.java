package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON and (multi-document) YAML into {@link LineNode} trees. Parse errors surface as
 * Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException}, which carries the line;
 * a duplicated key is such an error ({@link StrictParsers}).
 */
public final class LineTreeReader {

  private static final JsonFactory JSON = StrictParsers.JSON;
  private static final YAMLFactory YAML = StrictParsers.YAML;

  private LineTreeReader() {
  }

  public static LineNode readJson(String text) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new EmptyFileException();
        }
        LineNode node = read(p, t);
        if (p.nextToken() != null) {
          throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the JSON value");
        }
        return node;
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
  }

  /**
   * Every document of a YAML stream; empty documents are skipped. Aliases ({@code *a}) are not
   * expanded (Jackson reports them as their anchor name), so an alias bomb stays small.
   */
  public static List<LineNode> readYaml(String text) throws IOException {
    List<LineNode> docs = new ArrayList<>();
    try (JsonParser p = YAML.createParser(text)) {
      try {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          LineNode node = read(p, t);
          if (!(node instanceof LineNode.Scalar s && (s.text() == null || s.text().isEmpty()))) {
            docs.add(node);
          }
        }
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
    return docs;
  }

  private static JsonToken next(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of the file");
    }
    return t;
  }

  private static LineNode read(JsonParser p, JsonToken t) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT -> {
        Map<String, LineNode> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          keyLines.put(key, p.currentTokenLocation().getLineNr());
          fields.put(key, read(p, next(p)));
        }
        if (k != JsonToken.END_OBJECT) {
          throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of the file inside an object");
        }
        return new LineNode.Mapping(line, fields, keyLines);
      }
      case START_ARRAY -> {
        List<LineNode> items = new ArrayList<>();
        JsonToken item;
        while ((item = next(p)) != JsonToken.END_ARRAY) {
          items.add(read(p, item));
        }
        return new LineNode.Sequence(line, items);
      }
      case VALUE_NULL -> {
        return new LineNode.Scalar(line, null);
      }
      default -> {
        return new LineNode.Scalar(line, p.getText(), t == JsonToken.VALUE_STRING);
      }
    }
  }
}
