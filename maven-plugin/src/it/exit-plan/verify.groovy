import groovy.json.JsonSlurper

def out = new File(basedir, 'parkeren-azure/target/autonomy')
def log = new File(basedir, 'build.log').text
['exit-plan.json', 'exit-plan.md', 'exit-plan.html', 'report.json', 'report.html'].each {
  assert new File(out, it).isFile() : "the goal writes $it into target/autonomy"
}
def plan = new JsonSlurper().parse(new File(out, 'exit-plan.json'))
assert plan.selection.kind == 'vendor' && plan.selection.value == 'microsoft'
def ids = plan.services*.id
assert ids.containsAll(['azure-blob-storage', 'microsoft-entra-id', 'microsoft-graph', 'azure-monitor']) : ids
// the what-if: every Microsoft finding gone, judged by the same policy as the reports
def report = new JsonSlurper().parse(new File(out, 'report.json')).result
assert plan.whatIf.before.overall == report.assessment.score.overall
assert plan.whatIf.score.overall == 100.0 : plan.whatIf.score
assert plan.whatIf.score.keySet() == report.assessment.score.keySet() : 'whatIf.score has the shape of report.json score'
assert plan.ranking.size() == report.inventory.services.size()
assert plan.services.find { it.id == 'azure-blob-storage' }.steps*.id.contains('migrate-data')
assert log.contains('Leaving Microsoft: overall') : 'the headline is logged'
assert new File(out, 'report.html').text.contains('href="exit-plan.html"') : 'the report links to the plan'
assert !log.contains('BUILD FAILURE') : 'a plan is not a gate'
true
