import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/autonomy/report.json'))
def assessment = report.result.assessment
assert assessment.verdict == 'pass'
def finding = assessment.findings.find { it.ruleId == 'no-slf4j' || it.rule == 'no-slf4j' }
assert finding != null : 'the waived finding is still reported'
assert finding.waiver != null
true
