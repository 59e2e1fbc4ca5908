dependencies {
    implementation(libs.broken)
}
