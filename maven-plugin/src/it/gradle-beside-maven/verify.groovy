import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/autonomy/report.json'))
def components = report.result.inventory.components
def simple = components.find { it.ref == 'pkg:maven/org.slf4j/slf4j-simple@2.0.17' }
assert simple.scope == 'runtime' : 'the Gradle implementation dependency ships, though Maven only tests with it'
assert simple.evidence.any { it.location.file == 'tools/build.gradle' && it.location.line == 12 }
def api = components.find { it.ref == 'pkg:maven/org.slf4j/slf4j-api@2.0.17' }
assert api != null && api.scope == 'runtime' : 'its transitive dependency was resolved'
assert report.result.inventory.problems.findAll { it.severity == 'error' }.isEmpty() : report.result.inventory.problems
true
