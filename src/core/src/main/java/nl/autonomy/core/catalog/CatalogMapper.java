package nl.autonomy.core.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LockInLevel;
import org.yaml.snakeyaml.LoaderOptions;

/** The strict YAML binder for catalogs: kebab-case keys, unknown keys and duplicate keys rejected. */
final class CatalogMapper {

  /** Bounds what a hostile or broken catalog file can make the parser do. */
  private static final int MAX_ALIASES = 20;
  private static final int MAX_NESTING = 50;

  private CatalogMapper() {
  }

  static ObjectMapper create() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    SimpleModule ids = new SimpleModule("autonomy-catalog-ids")
        .addDeserializer(LockInLevel.class, new IdDeserializer<>(LockInLevel.class, LockInLevel::fromId,
            LockInLevel::id, LockInLevel.values()))
        .addDeserializer(LicenseCategory.class, new IdDeserializer<>(LicenseCategory.class,
            LicenseCategory::fromId, LicenseCategory::id, LicenseCategory.values()));
    return YAMLMapper.builder(factory)
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // a second document ('---') would otherwise be ignored without a word
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .addModule(ids)
        .build();
  }

  /** Reads enum constants by their catalog id ({@code proprietary-api}), naming the allowed ids on error. */
  private static final class IdDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {
    private final Class<E> type;
    private final Function<String, E> fromId;
    private final String allowed;

    IdDeserializer(Class<E> type, Function<String, E> fromId, Function<E, String> id, E[] values) {
      this.type = type;
      this.fromId = fromId;
      this.allowed = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return fromId.apply(text);
      } catch (IllegalArgumentException | NullPointerException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "expected one of: " + allowed));
      }
    }
  }
}
