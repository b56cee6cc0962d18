using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ParlQA.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy that ends HTTPS (nginx, Caddy, a load balancer): the proxy's X-Forwarded-For and
/// X-Forwarded-Proto are believed from the proxies named in the setting ParlQA:KnownProxies (addresses or networks,
/// comma-separated; default: this machine only), so the sign-in throttle sees the real client, cookies are Secure
/// and HSTS is sent when the visitor came over HTTPS. From anyone else these headers are ignored.
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read now, so a mistyped setting stops the start with one clear line instead of a stack trace at the first request.
        var networks = new List<System.Net.IPNetwork>();
        var addresses = new List<IPAddress>();
        foreach (var proxy in (configuration["ParlQA:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(proxy, out var network))
                networks.Add(network);
            else if (IPAddress.TryParse(proxy, out var address))
                addresses.Add(address);
            else
                throw new SettingException($"ParlQA:KnownProxies: '{proxy}' is neither an address (10.0.0.5) nor a network (10.0.0.0/8)");
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            networks.ForEach(o.KnownIPNetworks.Add);
            addresses.ForEach(o.KnownProxies.Add);
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
