// Creates the sample history in this folder: main tagged v1.4.2, develop one commit ahead, a bare origin.
def payments = new File(samplesDirectory, "payments").canonicalPath
def process = ["bash", "setup.sh", payments].execute(null, basedir)
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0 : "setup.sh failed"
return true
