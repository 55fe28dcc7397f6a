namespace Sitrep.Evaluation.Scoring;

/// <summary>Counts behind precision, recall and F1.</summary>
/// <param name="Correct">Predictions that matched a gold item.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold items.</param>
public readonly record struct Prf(int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted (1 when nothing was predicted and nothing was expected).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    /// <summary>Correct / gold (1 when there was no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two sets of counts (micro-averaging).</summary>
    public static Prf operator +(Prf a, Prf b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Adds two sets of counts (micro-averaging).</summary>
    public static Prf Add(Prf a, Prf b) => a + b;
}
