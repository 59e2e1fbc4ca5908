package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.autonomy.core.model.Identified;
import org.junit.jupiter.api.Test;

/**
 * Guards report.json's promise that enums are written as ids: every enum reachable from the
 * report document (also in fields added later, such as an assessment) must implement
 * {@link Identified}, or it would be written by its Java constant name.
 */
class IdentifiedEnumsTest {

  @Test
  void everyEnumInTheReportDocumentHasAnId() {
    Set<Class<?>> enums = new LinkedHashSet<>();
    collect(ReportDocument.class, new LinkedHashSet<>(), enums);

    assertThat(enums).isNotEmpty();
    assertThat(enums).allSatisfy(e -> assertThat(Identified.class).isAssignableFrom(e));
  }

  private static void collect(Type type, Set<Type> seen, Set<Class<?>> enums) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, seen, enums);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isEnum()) {
        enums.add(c);
      } else if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          collect(rc.getGenericType(), seen, enums);
        }
      }
    }
  }
}
