package nl.schakel.stacking.registry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar schakel.jar --schakel.command=stacking-refit}: gives persons the retrieval keys of
 * passes added since they were stored, fits the weights of every region that
 * has persons on its own registry, stores each as the region's next version ({@link WeightRefit}), prints what it
 * stored (counts only, no personal data), and ends with 0 (see {@code SchakelApplication.main}).
 */
@Component
@ConditionalOnProperty(name = "schakel.command", havingValue = "stacking-refit")
class RefitCommand implements ApplicationRunner, ExitCodeGenerator {

    private final WeightRefit refit;
    private int exitCode = 1;

    RefitCommand(WeightRefit refit) {
        this.refit = refit;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (var region : refit.regions()) {
            long start = System.nanoTime();
            WeightRefit.Refitted done = refit.refit(region);
            System.out.printf("Region %s: %d retrieval keys added; weights version %d fitted on %d persons, %d "
                            + "candidate pairs and %d random pairs in %.1f s.%n", region, done.keysAdded(),
                    done.version(), done.fitted().registrySize(), done.fitted().candidatePairs(),
                    done.fitted().randomPairs(), (System.nanoTime() - start) / 1e9);
        }
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
