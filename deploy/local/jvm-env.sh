# The JVM's environment of every service process, from its one source deploy/kubernetes/base/common/jvm.env (the
# Kubernetes Deployments read the same file through the ConfigMap sop-jvm): JAVA_TOOL_OPTIONS and MALLOC_ARENA_MAX.
# Sourced by deploy/local/run.sh and deploy/bench/footprint.sh; the bench and the system tests read the file themselves.
#   sop_jvm_env   prints its KEY=VALUE lines (comments and blank lines dropped), for `env`
sop_jvm_env() {
  local file
  file="$(cd "$(dirname "${BASH_SOURCE[0]}")/../kubernetes/base/common" && pwd)/jvm.env"
  grep -E '^[A-Z_][A-Z0-9_]*=' "$file" || true
}
