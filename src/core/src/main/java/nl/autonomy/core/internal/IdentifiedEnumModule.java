package nl.autonomy.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.autonomy.core.model.Identified;

/**
 * Writes every {@link Identified} enum as its {@link Identified#id()} ({@code weak-copyleft}) and
 * reads it back from that id, as values and as map keys. Enums added to the model later follow
 * the same rule just by implementing {@link Identified}.
 */
public final class IdentifiedEnumModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public IdentifiedEnumModule() {
    super("autonomy-identified-enums");
    setSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifyEnumSerializer(
          SerializationConfig config, JavaType type, BeanDescription desc, JsonSerializer<?> serializer) {
        return identified(type) ? new IdSerializer(false) : serializer;
      }

      @Override
      public JsonSerializer<?> modifyKeySerializer(
          SerializationConfig config, JavaType type, BeanDescription desc, JsonSerializer<?> serializer) {
        return identified(type) ? new IdSerializer(true) : serializer;
      }
    });
    setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(
          DeserializationConfig config, JavaType type, BeanDescription desc, JsonDeserializer<?> deserializer) {
        return identified(type) ? new IdDeserializer(type.getRawClass()) : deserializer;
      }
    });
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addKeyDeserializers(new IdKeyDeserializers());
  }

  private static boolean identified(JavaType type) {
    return type.isEnumType() && Identified.class.isAssignableFrom(type.getRawClass());
  }

  private static Object constantOf(Class<?> type, String id) {
    for (Object constant : type.getEnumConstants()) {
      if (((Identified) constant).id().equals(id)) {
        return constant;
      }
    }
    return null;
  }

  private static String allowed(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Identified) c).id()).collect(Collectors.joining(", "));
  }

  private static final class IdSerializer extends JsonSerializer<Object> {
    private final boolean key;

    IdSerializer(boolean key) {
      this.key = key;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      String id = ((Identified) value).id();
      if (key) {
        gen.writeFieldName(id);
      } else {
        gen.writeString(id);
      }
    }
  }

  private static final class IdDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;

    IdDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String id = p.getValueAsString();
      Object constant = id == null ? null : constantOf(type, id);
      if (constant == null) {
        return ctxt.handleWeirdStringValue(type, id,
            "not a known %s; allowed: %s", type.getSimpleName(), allowed(type));
      }
      return constant;
    }
  }

  private static final class IdKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription desc) {
      if (!identified(type)) {
        return null;
      }
      Class<?> raw = type.getRawClass();
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          Object constant = constantOf(raw, key);
          return constant != null ? constant
              : ctxt.handleWeirdKey(raw, key, "not a known %s; allowed: %s", raw.getSimpleName(), allowed(raw));
        }
      };
    }
  }
}
