import DemarcheExperiment

/// The templates `demarche emit` prints. Every shard writes
/// `PARTS/part-K.json` and can be re-run with --resume; the merge step
/// checks that the parts cover the sweep exactly once. Pasted paths are
/// quoted for where they land (``TemplateQuoting``): shell words, `#SBATCH`
/// arguments, YAML double-quoted scalars.
struct SweepTemplates {
    let sweep: String
    let shards: Int
    let parts: String
    let out: String

    /// Shell words.
    var sweepWord: String { TemplateQuoting.shell(sweep) }
    var partsWord: String { TemplateQuoting.shell(parts) }
    var outWord: String { TemplateQuoting.shell(out) }
    var merge: String { "demarche merge \(partsWord)/part-*.json --out \(outWord)" }

    func text(for target: Emit.Target) -> String {
        switch target {
        case .slurm: slurm
        case .k8s: kubernetes
        case .github: github
        }
    }

    var slurm: String {
        """
        #!/bin/bash
        # Sweep \(sweep) as a Slurm job array of \(shards) tasks, then merge:
        #   jobid=$(sbatch --parsable sweep.sbatch)
        #   sbatch --dependency=afterok:$jobid --wrap \(TemplateQuoting.shell(merge))
        #SBATCH --job-name=demarche-sweep
        #SBATCH --array=1-\(shards)
        #SBATCH --cpus-per-task=2
        #SBATCH --output=\(TemplateQuoting.sbatch(parts))/slurm-%A_%a.log
        set -euo pipefail
        mkdir -p \(partsWord)
        demarche sweep \(sweepWord) --shard auto --jobs "${SLURM_CPUS_PER_TASK:-1}" --resume --quiet \\
            --out \(partsWord)/part-${SLURM_ARRAY_TASK_ID}.json

        """
    }

    var kubernetes: String {
        """
        # Sweep \(sweep) as a Kubernetes Indexed Job of \(shards) completions.
        # Parts go to a shared volume (claim "demarche-parts"); then run
        #   \(merge)
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: demarche-sweep
        spec:
          completions: \(shards)
          parallelism: \(shards)
          completionMode: Indexed
          backoffLimit: 3
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: sweep
                  image: demarche:latest
                  workingDir: /work
                  command: ["sh", "-c"]
                  args:
                    - \(TemplateQuoting.yaml("mkdir -p \(partsWord) && demarche sweep \(sweepWord) --shard auto --resume --quiet --out \(partsWord)/part-$((JOB_COMPLETION_INDEX + 1)).json"))
                  env:
                    - name: SHARD_COUNT
                      value: "\(shards)"
                  volumeMounts:
                    - name: parts
                      mountPath: \(TemplateQuoting.yaml("/work/" + parts))
              volumes:
                - name: parts
                  persistentVolumeClaim:
                    claimName: demarche-parts

        """
    }

    var github: String {
        let list = (1...shards).map(String.init).joined(separator: ", ")
        return """
            # Sweep \(sweep) as a GitHub Actions matrix of \(shards) shards, then merge.
            name: demarche-sweep
            on: workflow_dispatch
            jobs:
              shard:
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    shard: [\(list)]
                steps:
                  - uses: actions/checkout@v4
                  - run: .ci/install-deps && swift build -c release
                  - run: \(TemplateQuoting.yaml("mkdir -p \(partsWord) && .build/release/demarche sweep \(sweepWord) --shard ${{ matrix.shard }}/\(shards) --quiet --out \(partsWord)/part-${{ matrix.shard }}.json"))
                  - uses: actions/upload-artifact@v4
                    with:
                      name: part-${{ matrix.shard }}
                      path: \(TemplateQuoting.yaml(parts + "/part-${{ matrix.shard }}.json"))
              merge:
                needs: shard
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/download-artifact@v4
                    with:
                      path: \(TemplateQuoting.yaml(parts))
                      merge-multiple: true
                  - run: .ci/install-deps && swift build -c release
                  - run: \(TemplateQuoting.yaml(".build/release/" + merge))
                  - uses: actions/upload-artifact@v4
                    with:
                      name: sweep-report
                      path: \(TemplateQuoting.yaml(out))

            """
    }
}
