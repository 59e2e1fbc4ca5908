import org.springframework.boot.gradle.plugin.SpringBootPlugin

plugins {
    java
    alias(libs.plugins.spring.boot)
}

dependencies {
    implementation(platform(libs.aws.bom))
    implementation(enforcedPlatform(libs.jackson.bom))
    implementation(platform(SpringBootPlugin.BOM_COORDINATES))
    implementation(libs.bundles.aws)
    implementation(libs.bundles.jackson)
    implementation("org.springframework.boot:spring-boot-starter-actuator")
}
