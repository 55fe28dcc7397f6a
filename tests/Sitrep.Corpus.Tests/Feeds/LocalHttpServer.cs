using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Corpus.Tests.Feeds;

/// <summary>An in-process HTTP server on 127.0.0.1 (a free port) answering with a handler; for feed tests only.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, (int Status, string Body, string? ETag, TimeSpan Delay)> handler;

    public LocalHttpServer(Func<HttpListenerRequest, (int Status, string Body, string? ETag, TimeSpan Delay)> handler)
    {
        this.handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    public List<string> Requests { get; } = [];

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                lock (Requests)
                {
                    Requests.Add(context.Request.Url!.AbsolutePath + (context.Request.Headers["If-None-Match"] is { } tag ? " if-none-match " + tag : ""));
                }

                var (status, body, etag, delay) = handler(context.Request);
                await Task.Delay(delay);
                try
                {
                    context.Response.StatusCode = status;
                    if (etag is not null)
                    {
                        context.Response.Headers["ETag"] = etag;
                    }

                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // The client gave up (timeout test); nothing to answer.
                }
            });
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
