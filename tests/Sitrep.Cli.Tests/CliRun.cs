using System.Text;
using Sitrep.Cli;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the sitrep command in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput([], args);

    public static CliRun WithInput(byte[] standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SitrepCli.Run(args, () => new MemoryStream(standardInput), output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static CliRun WithInput(string standardInput, params string[] args) => WithInput(Encoding.UTF8.GetBytes(standardInput), args);
}

/// <summary>A temporary folder of test inputs, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
