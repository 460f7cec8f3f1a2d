import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \[commit-message\] Commit [0-9a-f]{8} names no issue\. Fix: Add a trailer such as 'Issue: #12345'/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/validate.json'))
assert report.result == 'failed'
assert report.findings.collect { it.rule + ':' + it.level } == ['commit-message:error']
