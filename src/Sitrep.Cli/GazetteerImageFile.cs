using System.IO.MemoryMappedFiles;
using Sitrep.Places;

namespace Sitrep.Cli;

/// <summary>
/// The gazetteer image file beside the CLI build (<c>artifacts/cli/gazetteer.img</c>, written by
/// <c>sitrep gazetteer image</c>, which <c>./sitrep</c> runs after every build). Mapping it read-only lets a
/// short run skip inflating and hashing the embedded gazetteer; the engine ignores an image made from other data.
/// </summary>
internal static class GazetteerImageFile
{
    private static MemoryMappedFile? s_file; // kept for the life of the process: the engine reads the mapping
    private static MemoryMappedViewAccessor? s_view;

    /// <summary>Where the image is looked for: <c>SITREP_GAZETTEER_IMAGE</c>, else <c>gazetteer.img</c> beside the CLI.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("SITREP_GAZETTEER_IMAGE") is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "gazetteer.img");

    /// <summary>Maps the image at <see cref="DefaultPath"/> for the engine when there is one; without it nothing changes.</summary>
    public static void MapIfPresent()
    {
        var path = DefaultPath;
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            s_file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            s_view = s_file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            GazetteerInfo.UseImage(s_view.SafeMemoryMappedViewHandle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable or empty image only costs the faster start: the embedded data is inflated instead.
        }
    }

    /// <summary>Writes the image to <paramref name="path"/> through a temporary file, so a running process never maps a half-written one.</summary>
    public static void Write(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        {
            GazetteerInfo.WriteImage(file);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
