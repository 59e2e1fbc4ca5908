def out = new File(basedir, 'target/autonomy')
def log = new File(basedir, 'build.log').text

assert log.contains('Autonomy scan of nl.example.it:single-module@1.0.0') : 'the CLI summary is in the build log'
def bom = new File(out, 'bom.cdx.json')
assert bom.isFile() : 'the sbom goal wrote bom.cdx.json'
def json = new groovy.json.JsonSlurper().parse(bom)
def purls = json.components.collect { it.purl } as Set
assert purls.contains('pkg:maven/org.slf4j/slf4j-api@2.0.17')
assert purls.contains('pkg:maven/org.slf4j/slf4j-simple@2.0.17') : 'test scope is kept by default'
assert new File(out, 'report.json').isFile() : 'the check goal wrote report.json'

def installed = new File(localRepositoryPath, 'nl/example/it/single-module/1.0.0')
assert new File(installed, 'single-module-1.0.0-cyclonedx.json').isFile() : 'the BOM was attached and installed'

true
