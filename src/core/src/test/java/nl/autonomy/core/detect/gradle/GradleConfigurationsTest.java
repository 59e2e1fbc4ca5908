package nl.autonomy.core.detect.gradle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scope a module gets from the configurations a lockfile or a build script names. */
class GradleConfigurationsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      runtimeClasspath|RUNTIME
      compileClasspath|PROVIDED
      compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath|RUNTIME
      testCompileClasspath,testRuntimeClasspath|TEST
      integrationTestRuntimeClasspath|TEST
      releaseRuntimeClasspath|RUNTIME
      annotationProcessor|BUILD
      kapt|BUILD
      classpath|BUILD
      compileClasspath,annotationProcessor|PROVIDED
      implementation|RUNTIME
      api|RUNTIME
      runtimeOnly|RUNTIME
      compileOnly|PROVIDED
      testImplementation|TEST
      androidTestImplementation|TEST
      developmentOnly|BUILD
      detektPlugins|BUILD
      """)
  void mapsConfigurationsToScopes(String configurations, Scope expected) {
    assertThat(GradleConfigurations.widest(Arrays.asList(configurations.split(",")))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"implementation,true", "testImplementation,true", "kapt,true", "compileOnlyApi,true",
      "println,false", "exclude,false", "maven,false", "api,true", "jvmApi,true", "dependencies,false"})
  void recognisesDeclarableConfigurations(String word, boolean declarable) {
    assertThat(GradleConfigurations.isDeclarable(word)).isEqualTo(declarable);
  }
}
